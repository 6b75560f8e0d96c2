"""Counterfeit of fixtures/sidebar_fragment.py: the function in the sidebar is not a fragment, so its button reruns the app.

Catches: test_fragment_called_in_sidebar_reruns_there
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, full_run, marker

full = full_run()


def sidebar_fragment():
    marker("SIDE_FRAG", bump("SIDE_FRAG"))
    st.button("Sidebar button")


with st.sidebar:
    sidebar_fragment()
marker("MAIN_TAIL", full)
barrier()
