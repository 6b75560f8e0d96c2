"""Scoped reruns: a fragment with its own widgets, between main-script code with its own button.

Markers: FULL (full runs), FRAG (fragment runs), FRAG_STARTED (fragment runs begun), OUTER_SEES_FRAG (FRAG as
the main script last saw it), TAIL (full runs, counted after the fragment), BARRIER.
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()


@fragment
def counter_fragment():
    marker("FRAG_STARTED", bump("FRAG_STARTED"))
    if st.session_state.get("slow_button"):  # a button's value is readable before it is drawn
        time.sleep(2.0)  # holds this fragment run open so the page can be observed while it runs
    marker("FRAG", bump("FRAG"))
    st.button("Fragment button")
    st.button("Slow fragment button", key="slow_button")


counter_fragment()
marker("OUTER_SEES_FRAG", st.session_state.FRAG)
st.button("Outer button")
marker("TAIL", bump("TAIL"))
barrier()
