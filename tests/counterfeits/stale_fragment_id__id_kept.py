"""Counterfeit of fixtures/stale_fragment_id.py: the extra element goes below the fragment, so the fragment keeps
its id and the click on its old button reruns it, as if an unregistered id were served anyway.

Catches: test_rerun_request_for_unregistered_fragment
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

SLOW_S = 3.0  # leaves the browser time to click the old fragment's button before the page is redrawn


def _arm_shift():
    st.session_state.shift = not st.session_state.get("shift", False)
    st.session_state.slow = True


full_run()
st.button("Move the fragment", on_click=_arm_shift)
if st.session_state.pop("slow", False):
    time.sleep(SLOW_S)  # nothing of this run is drawn yet: the old fragment's button is still on screen  # noqa: sleep (an app or a health poll, not a check)


@fragment
def target():
    marker("TARGET", bump("TARGET"))
    st.button("Target button")


target()
if st.session_state.get("shift"):
    marker("SHIFTED", bump("SHIFTED"))
barrier()
