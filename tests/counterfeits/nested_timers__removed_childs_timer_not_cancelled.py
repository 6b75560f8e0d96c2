"""Counterfeit of fixtures/nested_timers.py: the timer of the child the parent no longer renders is not
cancelled, as up to 1.59 (emulated by the clock fragment arming a timer for the child's id again once the
child is dropped; the server drops its requests, as it does for any fragment it no longer holds).

Catches: test_timer_of_a_child_the_parent_no_longer_renders
Applies: 1.60.0 and later
(Before that version the parameter or behaviour it breaks does not exist, and the check expects that.)
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import arm_page_timer, barrier, bump, current_fragment_id, fragment, full_run, marker

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
    st.session_state.child_id = current_fragment_id()
    marker("CHILD_ID", st.session_state.child_id)
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
    # armed on three clock runs after the drop: a stop for the child that reaches the page after the first arm
    # (seen under load in a kit-tests run) must not cancel the emulated leftover timer
    if not st.session_state.show_child and st.session_state.get("armed_again", 0) < 3:
        st.session_state.armed_again = st.session_state.get("armed_again", 0) + 1
        arm_page_timer(st.session_state.child_id, CHILD_INTERVAL_S)
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
