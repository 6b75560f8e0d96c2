"""Counterfeit of fixtures/rerun_scope_errors.py: the full-run error is raised in the main script before the fragment, not inside it.

Catches: test_scoped_rerun_in_fragment_during_full_run_raises_and_stops_script
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
ss = st.session_state
st.button("Recover")
outside = st.button("Scoped rerun outside fragment")
invalid_outside = st.button("Invalid scope outside fragment")
st.button("Full run with scoped rerun in fragment", key="scoped_in_full")
if outside:
    st.rerun(scope="fragment")
if invalid_outside:
    st.rerun(scope="no-such-scope")
marker("HEAD", bump("HEAD"))
if ss.get("scoped_in_full"):  # the break: raised outside the fragment
    marker("FRAG", bump("FRAG"))
    st.rerun(scope="fragment")


@fragment
def scoped_fragment():
    marker("FRAG", bump("FRAG"))
    marker("FRAG_END", bump("FRAG_END"))
    st.button("Fragment button")


scoped_fragment()
marker("TAIL", bump("TAIL"))
barrier()
