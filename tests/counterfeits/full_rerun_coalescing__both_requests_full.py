"""Counterfeit of fixtures/full_rerun_coalescing.py: B is not a fragment, so "Count B" makes a second full-app
request and the full run always happens.

Catches: test_pending_full_run_meets_a_fragment_request
Applies: 1.33.0 to before 1.63.0
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()


@fragment
def slow():
    if st.button("Slow run"):
        marker("SLOW_STARTED", bump("SLOW_STARTED"))
        time.sleep(2.0)  # noqa: sleep (an app or a health poll, not a check)
        bump("SLOW_DONE")
    marker("SLOW_DONE", st.session_state.get("SLOW_DONE", 0))


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
