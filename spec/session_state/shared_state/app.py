"""Session State shared by a fragment and the main script; widget state outside and inside a fragment.

Markers: FULL; MAIN_TOTAL (the shared total as the main script saw it); MAIN_OUTSIDE (the outside checkbox as
the main script saw it); FRAG (fragment runs); FRAG_TOTAL (the total as the fragment saw it after adding);
FRAG_SEES_OUTSIDE (the outside checkbox's state as the fragment saw it); INNER_STATE (the inner checkbox's
state after the fragment body drew it or not: True, False or absent); INNER_SHOWN (whether it was drawn);
TAIL; BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

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
