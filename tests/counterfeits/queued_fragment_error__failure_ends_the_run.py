"""Counterfeit of fixtures/queued_fragment_error.py: A's failure ends the whole run (st.stop after showing the
error), so the fragment queued after it never runs.

Catches: test_error_in_a_queued_fragment_does_not_stop_the_next
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()


def queued() -> tuple:
    return tuple(getattr(get_script_run_ctx(), "fragment_ids_this_run", None) or ())


@fragment
def slow():
    if st.button("Slow run"):
        marker("SLOW_STARTED", bump("SLOW_STARTED"))
        time.sleep(2.0)  # noqa: sleep (an app or a health poll, not a check)
        bump("SLOW_DONE")
    marker("SLOW_DONE", st.session_state.get("SLOW_DONE", 0))


@fragment
def fails():
    st.session_state.a_saw = queued()
    marker("A_RUNS", bump("A_RUNS"))
    if st.button("Fail A"):
        bump("A_FAILED")
        st.exception(ValueError("kit-queued-failure"))
        st.stop()
    marker("A_FAILED", st.session_state.get("A_FAILED", 0))


@fragment
def counts():
    st.button("Count B")
    mine = queued()
    same_as_a = len(mine) == 2 and mine == st.session_state.get("a_saw")
    marker("B_WITH", "A+B" if same_as_a else ("full" if not mine else f"{len(mine)}-queued"))
    marker("B_RUNS", bump("B_RUNS"))


slow()
fails()
counts()
marker("TAIL", bump("TAIL"))
barrier()
