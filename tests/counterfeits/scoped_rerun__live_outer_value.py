"""Counterfeit of fixtures/scoped_rerun.py: the fragment refreshes the main script's output on every rerun.

Catches: test_main_output_keeps_last_full_run_values
"""

import time
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
outer_value = st.empty()


@fragment
def counter_fragment():
    marker("FRAG_STARTED", bump("FRAG_STARTED"))
    if st.session_state.get("slow_button"):
        time.sleep(2.0)  # noqa: sleep (an app or a health poll, not a check)
    marker("FRAG", bump("FRAG"))
    outer_value.text(f"OUTER_SEES_FRAG={st.session_state.FRAG}")
    st.button("Fragment button")
    st.button("Slow fragment button", key="slow_button")


counter_fragment()
st.button("Outer button")
marker("TAIL", bump("TAIL"))
barrier()
