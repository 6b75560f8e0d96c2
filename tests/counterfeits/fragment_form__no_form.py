"""Counterfeit of fixtures/fragment_form.py: the widgets are not in a form, so editing the text reruns the fragment.

Catches: test_editing_a_form_in_a_fragment_reruns_nothing
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
    st.text_input("Form text", key="form_text")
    st.button("Submit")
    rerun = st.button("Submit and rerun app")
    marker("SUBMITTED_TEXT", st.session_state.form_text or "empty")
    if rerun:
        bump("RERUN_REQUESTED")
    marker("RERUN_REQUESTED", st.session_state.get("RERUN_REQUESTED", 0))
    if rerun:
        st.rerun()


form_fragment()
marker("TAIL", bump("TAIL"))
barrier()
