"""Counterfeit of fixtures/experimental_rerun.py: st.experimental_rerun still exists as an alias of st.rerun.

Catches: test_experimental_rerun_reruns_or_is_gone
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, full_run, marker, streamlit_with

full_run()
if not hasattr(st, "experimental_rerun"):
    st = streamlit_with(experimental_rerun=st.rerun)  # the break: the alias is kept
try:
    st.experimental_rerun
except Exception as exc:  # the clause is about which exception this is
    marker("EXP_RERUN", "absent")
    marker("EXP_RERUN_ERROR", type(exc).__name__)
else:
    marker("EXP_RERUN", "present")
if st.button("Experimental rerun"):  # False again in the rerun it asks for: no loop
    bump("EXP_CALLS")
    try:
        st.experimental_rerun()
    except Exception as exc:  # a rerun is not an Exception; a missing attribute is
        marker("CALL_ERROR", type(exc).__name__)
marker("EXP_CALLS", st.session_state.get("EXP_CALLS", 0))
marker("TAIL", bump("TAIL"))
barrier()
