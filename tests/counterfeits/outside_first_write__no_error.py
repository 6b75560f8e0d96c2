"""Counterfeit of fixtures/outside_first_write.py: the late write is accepted (the full run claimed the slot).

Catches: test_first_outside_write_in_fragment_rerun_raises
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full = full_run()
box = st.container()
box.text(f"BOX_HEAD={full}")


@fragment
def late_writer():
    run = bump("FRAG")
    box.empty()  # the break: a write in every run, so the later one is allowed
    marker("FRAG", run)
    if st.button("Write outside"):
        box.text(f"LATE={run}")
    marker("FRAG_END", bump("FRAG_END"))


late_writer()
barrier()
