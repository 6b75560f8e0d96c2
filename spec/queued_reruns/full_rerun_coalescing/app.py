"""A full-app request still waiting to be served when a fragment request comes in.

Served with `runner.fastReruns` off, so that a request waits for the running script's next yield: here the
end of a 2 s sleep in a fragment rerun. "Full run" (a main-script button with a callback) and then
"Count B" (a button in fragment B) are pressed during that sleep; the two requests are coalesced into one.

Markers: FULL; SLOW_STARTED / SLOW_DONE (slow runs of the SLOW fragment begun / finished); B_RUNS (runs of
fragment B); CALLBACKS (runs of the Full run button's callback, as fragment B reads them: B runs after
either outcome, where a main-script marker would keep its last full run's value); TAIL (full runs, counted at
the end); BARRIER.
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()


@fragment
def slow():
    if st.button("Slow run"):
        marker("SLOW_STARTED", bump("SLOW_STARTED"))
        time.sleep(2.0)  # no yield to the runner meanwhile: the requests made now wait, coalesced
        bump("SLOW_DONE")
    marker("SLOW_DONE", st.session_state.get("SLOW_DONE", 0))


@fragment
def counts():
    st.button("Count B")
    marker("B_RUNS", bump("B_RUNS"))
    marker("CALLBACKS", st.session_state.get("CALLBACKS", 0))


def _callback():
    bump("CALLBACKS")


slow()
counts()
st.button("Full run", on_click=_callback)
marker("TAIL", bump("TAIL"))
barrier()
