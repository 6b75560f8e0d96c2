"""A nested child fragment calls `st.rerun(scope="fragment")` while it runs as part of its parent's rerun.

Markers: FULL; PARENT (parent body runs); CHILD (child body runs); CHILD_END (child runs that got past the
gated call); TAIL; BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
ss = st.session_state


@fragment
def child_fragment():
    marker("CHILD", bump("CHILD"))
    if ss.get("parent_button"):  # true only in the parent's rerun started by its button
        st.rerun(scope="fragment")
    marker("CHILD_END", bump("CHILD_END"))
    st.button("Child button")


@fragment
def parent_fragment():
    marker("PARENT", bump("PARENT"))
    st.button("Parent button", key="parent_button")
    child_fragment()


parent_fragment()
marker("TAIL", bump("TAIL"))
barrier()
