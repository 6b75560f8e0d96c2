"""Counterfeit of fixtures/outside_empty.py: the placeholder keeps the elements of earlier writes.

Catches: test_outside_empty_holds_only_latest_write
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full = full_run()
slot = st.empty()


@fragment
def slot_writer():
    run = bump("FRAG")
    marker("FRAG", run)
    with slot.container():  # the break: the placeholder shows every write so far
        for old in range(1, run + 1):
            st.text(f"SLOT={old}")
    st.button("Fragment button")


slot_writer()
marker("AFTER", full)
barrier()
