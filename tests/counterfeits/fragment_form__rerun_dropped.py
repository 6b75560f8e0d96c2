"""Counterfeit of fixtures/fragment_form.py: st.rerun() after submitting does nothing, so only the fragment reruns.

Catches: test_rerun_after_submitting_reruns_the_app
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()


@fragment
def form_fragment():
    marker("FRAG", bump("FRAG"))
    with st.form("fragment_form"):
        st.text_input("Form text", key="form_text")
        st.form_submit_button("Submit")
        rerun = st.form_submit_button("Submit and rerun app")
    marker("SUBMITTED_TEXT", st.session_state.form_text or "empty")
    if rerun:
        bump("RERUN_REQUESTED")
    marker("RERUN_REQUESTED", st.session_state.get("RERUN_REQUESTED", 0))
    if rerun:
        pass


form_fragment()
marker("TAIL", bump("TAIL"))
barrier()
