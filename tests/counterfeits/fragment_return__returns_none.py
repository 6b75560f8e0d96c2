"""Counterfeit of fixtures/fragment_return.py: the fragment call gives back None instead of the value.

Catches: test_full_run_call_returns_value
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()


@fragment
def numbered_fragment():
    run = bump("FRAG")
    marker("FRAG", run)
    st.button("Fragment button")
    return run


numbered_fragment()
result = None  # the break: the value is lost
marker("RESULT", result)
marker("USED", bump("USED"))
st.button("Outer button")
barrier()
