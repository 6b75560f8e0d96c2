"""Counterfeit of fixtures/fragment_errors.py: a full run's fragment error is shown where the other variant of
ERR-01 puts it: in the main flow after the fragment where `st.fragment` exists (1.37+), inside the fragment where
only `st.experimental_fragment` does (1.33-1.36). The script ends there either way.

Catches: test_full_run_fragment_error_placement
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
        if getattr(st, "fragment", None) is None:
            st.exception(ValueError("kit-fragment-failure"))
            st.stop()
        st.session_state.failed_in_full_run = True
        return
    marker("FRAG_DONE", bump("FRAG_DONE"))


guarded()
if st.session_state.pop("failed_in_full_run", False):
    st.exception(ValueError("kit-fragment-failure"))
    st.stop()
marker("AFTER", st.session_state.FULL)


@fragment
def second():
    marker("SECOND", bump("SECOND"))


second()
barrier()
