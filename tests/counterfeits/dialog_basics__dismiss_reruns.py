"""Counterfeit of fixtures/dialog_basics.py: closing the dialog by the user reruns the script (on_dismiss='rerun', so 1.48+ only).

Catches: test_user_dismiss_does_not_rerun
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, dialog_decorator, full_run, marker


full_run()
dialog = dialog_decorator()
if dialog is None:
    marker("DIALOG", "absent")
else:
    marker("DIALOG", "present")

    @dialog("Counter dialog", on_dismiss="rerun")  # the break; needs Streamlit 1.48+
    def counter_dialog():
        marker("DLG", bump("DLG"))
        marker("DLG_SEES_FULL", st.session_state.FULL)
        st.button("Dialog button")
        if st.button("Rerun app"):
            st.rerun()
        if st.button("Close with rerun"):
            st.session_state.sticky = False
            st.rerun()

    opened = st.button("Open dialog")
    if st.button("Open sticky dialog"):
        st.session_state.sticky = True
    if opened or st.session_state.get("sticky"):
        bump("OPENS")
        counter_dialog()
    marker("OPENS", st.session_state.get("OPENS", 0))
barrier()
