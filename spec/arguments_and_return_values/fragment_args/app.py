"""A fragment called with the number of the current full run as its argument.

Markers: FULL; ARG (the argument the fragment body received); FRAG (fragment runs); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full = full_run()


@fragment
def echo_fragment(value):
    marker("FRAG", bump("FRAG"))
    marker("ARG", value)
    st.button("Fragment button")


echo_fragment(full)
st.button("Outer button")
barrier()
