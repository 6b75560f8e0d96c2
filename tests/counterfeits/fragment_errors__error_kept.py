"""Counterfeit of fixtures/fragment_errors.py: once a fragment rerun failed, the error stays in the fragment on
its later good reruns.

Catches: test_fragment_rerun_error_stays_in_fragment_and_good_rerun_clears_it
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
    if st.session_state.get("failed_before"):
        st.exception(ValueError("kit-fragment-failure"))
    if st.session_state.fail_in_fragment or st.session_state.pop("fail_on_full_run", False):
        st.session_state.failed_before = True
        raise ValueError("kit-fragment-failure")
    marker("FRAG_DONE", bump("FRAG_DONE"))


guarded()
marker("AFTER", st.session_state.FULL)


@fragment
def second():
    marker("SECOND", bump("SECOND"))


second()
barrier()
