"""Counterfeit of fixtures/nested_scoped_rerun.py: the child is called beside its parent, not inside it, so the parent rerun never runs it.

Catches: test_child_scoped_rerun_during_parent_rerun_is_an_internal_error
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

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


parent_fragment()
child_fragment()  # the break: not nested
marker("TAIL", bump("TAIL"))
barrier()
