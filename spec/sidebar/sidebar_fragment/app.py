"""A fragment called inside `with st.sidebar:`, next to main-area content.

Markers: FULL; MAIN_TAIL (main area, after the fragment call, value = full run); SIDE_FRAG (fragment runs,
drawn by the fragment); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full = full_run()


@fragment
def sidebar_fragment():
    marker("SIDE_FRAG", bump("SIDE_FRAG"))
    st.button("Sidebar button")


with st.sidebar:
    sidebar_fragment()
marker("MAIN_TAIL", full)
barrier()
