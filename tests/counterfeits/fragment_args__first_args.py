"""Counterfeit of fixtures/fragment_args.py: fragment reruns get the arguments of the first-ever call (the 1.37 bug).

Catches: test_rerun_uses_latest_args
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full = full_run()


@fragment
def echo_fragment(value):
    marker("FRAG", bump("FRAG"))
    st.session_state.setdefault("first_arg", value)
    marker("ARG", value if st.session_state.in_full_run else st.session_state.first_arg)  # the break
    st.button("Fragment button")


st.session_state.in_full_run = True
try:  # an interrupted full run must not leave the flag set
    echo_fragment(full)
finally:
    st.session_state.in_full_run = False
st.button("Outer button")
barrier()
