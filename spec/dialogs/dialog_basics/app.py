"""A dialog opened by a main-script button: its widgets, st.rerun() inside it, and closing it by the user.

Markers: FULL; DIALOG (present or absent); DLG (dialog body runs); DLG_SEES_FULL (FULL as the dialog body
last saw it); OPENS (full runs that called the dialog function); BARRIER.
The "sticky" opener keeps calling the dialog in every full run until "Close with rerun" clears it.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

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
