"""Counterfeit of fixtures/fragment_errors.py: a fragment error in a full run is shown in the fragment but the
script goes on after the fragment call.

Catches: test_full_run_stops_after_failing_fragment
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker


def _arm_full_run_failure():
    st.session_state.fail_on_full_run = True


full_run()
st.button("Fail on next full run", on_click=_arm_full_run_failure)
st.button("Plain full run")
marker("BEFORE", st.session_state.FULL)


@fragment
def guarded():
    marker("FRAG_START", bump("FRAG_START"))
    st.button("Fail in fragment", key="fail_in_fragment")  # its value is True in the rerun it triggers
    st.button("Good fragment rerun")
    if st.session_state.fail_in_fragment:
        raise ValueError("kit-fragment-failure")
    if st.session_state.pop("fail_on_full_run", False):
        st.exception(ValueError("kit-fragment-failure"))
        return
    marker("FRAG_DONE", bump("FRAG_DONE"))


guarded()
marker("AFTER", st.session_state.FULL)


@fragment
def second():
    marker("SECOND", bump("SECOND"))


second()
barrier()
