"""`st.experimental_rerun` looked up and called from the main script after a button click.

Markers: FULL; EXP_RERUN (present or absent); EXP_RERUN_ERROR (the lookup's exception class when absent);
CALL_ERROR (the call's exception class, in the run that made it); EXP_CALLS (calls made); TAIL; BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, full_run, marker

full_run()
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
