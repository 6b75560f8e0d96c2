"""Counterfeit of fixtures/fragment_return.py: no fragment, so its button reruns the code that uses the result.

Catches: test_fragment_rerun_discards_return_value
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, full_run, marker

full_run()


def numbered_fragment():
    run = bump("FRAG")
    marker("FRAG", run)
    st.button("Fragment button")
    return run


result = numbered_fragment()
marker("RESULT", result)
marker("USED", bump("USED"))
st.button("Outer button")
barrier()
