"""Fragment reruns queued into one run, where the first queued fragment raises (1.37+: the next still runs).

While "Slow run" holds a rerun of the SLOW fragment open, "Fail A" and "Count B" are pressed: both requests
wait for that run and are then served together, in one run that runs A, then B. A raises when its button
was pressed.

Markers: FULL; SLOW_STARTED / SLOW_DONE (runs of SLOW begun / finished); A_RUNS (runs of A's body);
A_FAILED (runs in which A raised); B_RUNS; B_WITH (what the run B last ran in was asked to run: "A+B" when it
was A and then B, the run A also ran in; "full" in a full run; else how many fragments were queued); TAIL;
BARRIER.
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, fragments_this_run, full_run, marker

full_run()


@fragment
def slow():
    if st.button("Slow run"):
        marker("SLOW_STARTED", bump("SLOW_STARTED"))
        time.sleep(2.0)  # the window in which the other two buttons are pressed
        bump("SLOW_DONE")
    marker("SLOW_DONE", st.session_state.get("SLOW_DONE", 0))


@fragment
def fails():
    st.session_state.a_saw = fragments_this_run()
    marker("A_RUNS", bump("A_RUNS"))
    if st.button("Fail A"):
        bump("A_FAILED")
        raise ValueError("kit-queued-failure")
    marker("A_FAILED", st.session_state.get("A_FAILED", 0))


@fragment
def counts():
    st.button("Count B")
    mine = fragments_this_run()
    same_as_a = len(mine) == 2 and mine == st.session_state.get("a_saw")
    marker("B_WITH", "A+B" if same_as_a else ("full" if not mine else f"{len(mine)}-queued"))
    marker("B_RUNS", bump("B_RUNS"))


slow()
fails()
counts()
marker("TAIL", bump("TAIL"))
barrier()
