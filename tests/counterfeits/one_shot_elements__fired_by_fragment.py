"""Counterfeit of fixtures/one_shot_elements.py: the balloons and snow fire from inside the fragment.

Catches: test_outside_balloons_and_snow_do_not_fire_on_fragment_rerun
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()


@fragment
def noisy_fragment():
    st.balloons()
    st.snow()
    marker("FRAG", bump("FRAG"))
    st.button("Fragment button")


noisy_fragment()
st.button("Outer button")
barrier()
