"""Counterfeit of fixtures/shared_state.py: a fragment rerun drops the state of the widget outside the fragment (as the 1.37.0 regression did).

Catches: test_outside_widget_keeps_its_value_across_fragment_reruns
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
        st.session_state.pop("outside_cb", None)
        st.session_state.total = st.session_state.get("total", 0) + 1
    marker("FRAG_TOTAL", st.session_state.get("total", 0))
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
