"""Counterfeit of fixtures/scoped_rerun.py: the decorator is gone, so every click reruns the whole script.

Catches: test_button_in_fragment_reruns_only_the_fragment, test_outside_elements_stay_fresh_while_fragment_reruns
"""

import time
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, full_run, marker

full_run()


def counter_fragment():  # no @fragment
    marker("FRAG_STARTED", bump("FRAG_STARTED"))
    if st.session_state.get("slow_button"):
        time.sleep(2.0)  # noqa: sleep (an app or a health poll, not a check)
    marker("FRAG", bump("FRAG"))
    st.button("Fragment button")
    st.button("Slow fragment button", key="slow_button")


counter_fragment()
marker("OUTER_SEES_FRAG", st.session_state.FRAG)
st.button("Outer button")
marker("TAIL", bump("TAIL"))
barrier()
