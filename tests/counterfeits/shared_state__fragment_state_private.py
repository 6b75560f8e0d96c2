"""Counterfeit of fixtures/shared_state.py: the fragment keeps its total under its own key, so the main script never sees its changes.

Catches: test_fragment_changes_to_session_state_add_up_and_reach_the_main_script
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
marker("MAIN_TOTAL", st.session_state.get("total", 0))
st.checkbox("Outside checkbox", key="outside_cb")
marker("MAIN_OUTSIDE", st.session_state.outside_cb)


def toggle_inner():
    st.session_state.show_inner = not st.session_state.get("show_inner", True)


@fragment
def state_fragment():
    marker("FRAG", bump("FRAG"))
    if st.button("Add button"):
        st.session_state.frag_total = st.session_state.get("frag_total", 0) + 1
    marker("FRAG_TOTAL", st.session_state.get("frag_total", 0))
    marker("FRAG_SEES_OUTSIDE", st.session_state.get("outside_cb", "absent"))
    shown = st.session_state.get("show_inner", True)
    if shown:
        st.checkbox("Inner checkbox", key="inner_cb")
    marker("INNER_SHOWN", shown)
    marker("INNER_STATE", st.session_state.get("inner_cb", "absent"))
    st.button("Toggle inner", on_click=toggle_inner)


state_fragment()
st.button("Outer button")
marker("TAIL", bump("TAIL"))
barrier()
