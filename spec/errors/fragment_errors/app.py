"""A fragment that can raise, on a full run (an outer button arms it) or on its own rerun (its button).

Markers: FULL; BEFORE (full runs, written before the fragment call); FRAG_START (fragment runs begun, written
before it may raise); FRAG_DONE (fragment runs that did not raise); AFTER (full runs that got past the
fragment call); SECOND (runs of a second fragment called after the first); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

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
    if st.session_state.fail_in_fragment or st.session_state.pop("fail_on_full_run", False):
        raise ValueError("kit-fragment-failure")
    marker("FRAG_DONE", bump("FRAG_DONE"))


guarded()
marker("AFTER", st.session_state.FULL)


@fragment
def second():
    marker("SECOND", bump("SECOND"))


second()
barrier()
