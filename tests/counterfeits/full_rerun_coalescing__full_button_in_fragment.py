"""Counterfeit of fixtures/full_rerun_coalescing.py: the "Full run" button sits in a fragment, so its request
is a fragment rerun and no full run can win the coalescing.

Catches: test_pending_full_run_meets_a_fragment_request
Applies: 1.63.0 and later
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


@fragment
def counts():
    st.button("Count B")
    marker("B_RUNS", bump("B_RUNS"))
    marker("CALLBACKS", st.session_state.get("CALLBACKS", 0))


def _callback():
    bump("CALLBACKS")


@fragment
def full_button():
    st.button("Full run", on_click=_callback)


slow()
counts()
full_button()
marker("TAIL", bump("TAIL"))
barrier()
