"""Counterfeit of fixtures/fragment_rerun_replaces.py: every rerun writes again what earlier runs wrote.

Catches: test_fragment_elements_are_replaced_not_accumulated
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
marker("POS", "before")


@fragment
def growing_fragment():
    run = bump("FRAG")
    marker("FRAG", run)
    marker("POS", "inside")
    for earlier in range(1, run + 1):
        for line in range(3 if earlier % 2 else 1):
            marker("LINE", line + 1)
    st.button("Fragment button")


growing_fragment()
marker("POS", "after")
barrier()
