"""Counterfeit of fixtures/scoped_rerun.py: after the first run, full runs skip the fragment body.

Catches: test_button_outside_fragments_reruns_everything
"""

import time
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()


@fragment
def counter_fragment():
    if st.session_state.get("in_full_run") and st.session_state.FULL > 1:
        return
    marker("FRAG_STARTED", bump("FRAG_STARTED"))
    if st.session_state.get("slow_button"):
        time.sleep(2.0)  # noqa: sleep (an app or a health poll, not a check)
    marker("FRAG", bump("FRAG"))
    st.button("Fragment button")
    st.button("Slow fragment button", key="slow_button")


st.session_state.in_full_run = True
try:  # an interrupted full run must not leave the flag set
    counter_fragment()
finally:
    st.session_state.in_full_run = False
marker("OUTER_SEES_FRAG", st.session_state.FRAG)
st.button("Outer button")
marker("TAIL", bump("TAIL"))
barrier()
