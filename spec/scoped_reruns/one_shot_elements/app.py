"""One-shot elements outside a fragment: balloons and snow fire on every full run, next to a fragment.

Markers: FULL, FRAG, BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
st.balloons()
st.snow()


@fragment
def quiet_fragment():
    marker("FRAG", bump("FRAG"))
    st.button("Fragment button")


quiet_fragment()
st.button("Outer button")
barrier()
