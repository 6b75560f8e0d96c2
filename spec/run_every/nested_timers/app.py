"""A `run_every` child inside a parent fragment: what parent reruns do to the child's timer.

Markers: FULL; NESTING (supported, or absent when a fragment cannot be called inside another); PARENT
(parent runs); CHILD_INTERVAL_MS; CHILD_ID (the child's fragment id, which its tick requests carry);
CHILD_SINCE_FULL (child runs since the last full run); CHILD_INTERVALS_MS (server-side ms between consecutive
child runs since the last full run); CLOCK (runs of a separate 0.25 s fragment); SEEN_CHILD_RUNS (child runs
in the session, as the clock last saw them); BARRIER.
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, current_fragment_id, fragment, full_run, marker

CHILD_INTERVAL_S = 0.5

full_run()
marker("CHILD_INTERVAL_MS", round(CHILD_INTERVAL_S * 1000))
st.session_state.child_stamps = []  # counted from this full run on
st.session_state.setdefault("show_child", True)


@fragment(run_every=CHILD_INTERVAL_S)
def child():
    stamps = st.session_state.child_stamps
    stamps.append(time.time())
    bump("CHILD_RUNS")
    marker("CHILD_ID", current_fragment_id())
    marker("CHILD_SINCE_FULL", len(stamps))
    gaps = [round((b - a) * 1000) for a, b in zip(stamps, stamps[1:])]
    marker("CHILD_INTERVALS_MS", ",".join(str(g) for g in gaps[-60:]) or "none")


def _drop_child():
    st.session_state.show_child = False


@fragment
def parent():
    marker("PARENT", bump("PARENT"))
    st.button("Rerun parent")
    st.button("Drop child", on_click=_drop_child)
    if st.session_state.show_child:
        child()


@fragment(run_every=0.25)
def clock():
    marker("CLOCK", bump("CLOCK"))
    marker("SEEN_CHILD_RUNS", st.session_state.get("CHILD_RUNS", 0))


try:
    parent()
except Exception as exc:  # before nesting existed, calling a fragment inside a fragment raised
    marker("NESTING", f"absent:{type(exc).__name__}")
else:
    marker("NESTING", "supported")
clock()
barrier()
