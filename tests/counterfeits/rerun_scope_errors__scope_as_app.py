"""Counterfeit of fixtures/rerun_scope_errors.py: every scope is taken as "app": no error, a full rerun.

Catches: test_scoped_rerun_outside_fragment_raises, test_scoped_rerun_in_fragment_during_full_run_raises_and_stops_script, test_invalid_scope_outside_fragment
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
    st.rerun()  # the break: scope is ignored
if invalid_outside:
    st.rerun()  # the break: scope is ignored
marker("HEAD", bump("HEAD"))


@fragment
def scoped_fragment():
    marker("FRAG", bump("FRAG"))
    if ss.get("scoped_in_full"):  # true only in the full run started by that button
        st.rerun()  # the break: scope is ignored
    marker("FRAG_END", bump("FRAG_END"))
    st.button("Fragment button")


scoped_fragment()
marker("TAIL", bump("TAIL"))
barrier()
