"""A form inside a fragment, with a plain submit button and one that calls st.rerun() after submitting.

Markers: FULL; FRAG (fragment runs); SUBMITTED_TEXT (the form's text as the fragment saw it, `empty` if none);
RERUN_REQUESTED (how many runs called st.rerun(), counted in Session State); TAIL; BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

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
        st.rerun()


form_fragment()
marker("TAIL", bump("TAIL"))
barrier()
