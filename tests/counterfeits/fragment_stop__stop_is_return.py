"""Counterfeit of fixtures/fragment_stop.py: st.stop() in a fragment only leaves the fragment, so a full run goes on.

Catches: test_stop_in_fragment_during_full_run_stops_the_script
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

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
        return
    marker("FRAG_REST", bump("FRAG_REST"))


stopper()
marker("AFTER", st.session_state.FULL)
marker("TAIL", bump("TAIL"))
barrier()
