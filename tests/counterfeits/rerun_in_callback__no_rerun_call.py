"""Counterfeit of fixtures/rerun_in_callback.py: the callback never calls st.rerun (as if the call were dropped).

Catches: test_rerun_in_fragment_callback
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()


def rerun_callback():
    bump("CALLBACKS")  # the break: no st.rerun()


@fragment
def callback_fragment():
    marker("FRAG", bump("FRAG"))
    marker("CALLBACKS", st.session_state.get("CALLBACKS", 0))
    st.button("Callback rerun", on_click=rerun_callback)


callback_fragment()
marker("TAIL", bump("TAIL"))
barrier()
