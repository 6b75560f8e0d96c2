"""Counterfeit of fixtures/outside_container.py: every run writes again all the lines earlier runs wrote outside.

Catches: test_outside_writes_replaced_in_place, test_full_rerun_rebuilds_outside_container
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
def outside_writer():
    run = bump("FRAG")
    marker("FRAG", run)
    st.session_state.setdefault("ext_history", []).append(run)
    for old in st.session_state.ext_history:  # the break: old writes are kept, even across full runs
        box.text(f"EXT={old}")
    st.button("Fragment button")


outside_writer()
box.text(f"BOX_TAIL={full}")
st.button("Outer button")
barrier()
