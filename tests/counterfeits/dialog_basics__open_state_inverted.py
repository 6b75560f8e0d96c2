"""Counterfeit of fixtures/dialog_basics.py: a full run from inside the dialog flips whether the next full run calls the dialog, so a called dialog closes and an uncalled one stays.

Catches: test_dialog_stays_open_while_full_runs_call_it, test_rerun_in_dialog_closes_it
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

    @dialog("Counter dialog")
    def counter_dialog():
        marker("DLG", bump("DLG"))
        marker("DLG_SEES_FULL", st.session_state.FULL)
        st.button("Dialog button")
        if st.button("Rerun app"):
            st.session_state.sticky = not st.session_state.get("sticky")  # the break
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
