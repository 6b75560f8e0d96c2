"""A fragment that calls st.stop(), on a full run (an outer button arms it) or on its own rerun (its button).

Markers: FULL; BEFORE (full runs, written before the fragment call); FRAG_START (fragment runs begun, written
before a possible st.stop()); FRAG_REST (fragment runs that got past that point); AFTER (full runs that got
past the fragment call); TAIL (the same, counted at the end of the script); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker


def _arm_full_run_stop():
    st.session_state.stop_on_full_run = True


full_run()
st.button("Stop on next full run", on_click=_arm_full_run_stop)
marker("BEFORE", st.session_state.FULL)


@fragment
def stopper():
    marker("FRAG_START", bump("FRAG_START"))
    st.button("Stop in fragment", key="stop_in_fragment")  # its value is True in the rerun it triggers
    st.button("Plain fragment rerun")
    if st.session_state.stop_in_fragment or st.session_state.pop("stop_on_full_run", False):
        st.stop()
    marker("FRAG_REST", bump("FRAG_REST"))


stopper()
marker("AFTER", st.session_state.FULL)
marker("TAIL", bump("TAIL"))
barrier()
