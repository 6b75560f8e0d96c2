"""A fragment whose call site moves between full runs, so a click on its old button targets an id that is gone.

An outer button arms a slow full run that first sleeps, then writes an extra element above the fragment (a
fragment's id depends on its position, so it gets a new id). During the sleep the browser still shows the
old fragment's button; a click on it asks for a rerun of the old id, which the full run unregisters.

Markers: FULL; SHIFTED (full runs that wrote the extra element); TARGET (runs of the fragment); BARRIER.
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

SLOW_S = 3.0  # leaves the browser time to click the old fragment's button before the page is redrawn


def _arm_shift():
    st.session_state.shift = not st.session_state.get("shift", False)
    st.session_state.slow = True


full_run()
st.button("Move the fragment", on_click=_arm_shift)
if st.session_state.pop("slow", False):
    time.sleep(SLOW_S)  # nothing of this run is drawn yet: the old fragment's button is still on screen
if st.session_state.get("shift"):
    marker("SHIFTED", bump("SHIFTED"))


@fragment
def target():
    marker("TARGET", bump("TARGET"))
    st.button("Target button")


target()
barrier()
