"""Counterfeit of fixtures/outside_container.py: the fragment's outside writes replace each other (a placeholder).

Catches: test_outside_writes_accumulate_until_full_run
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full = full_run()
box = st.container()
box.text(f"BOX_HEAD={full}")
slot = box.empty()  # the break: one element, replaced on each write


@fragment
def outside_writer():
    run = bump("FRAG")
    marker("FRAG", run)
    slot.text(f"EXT={run}")
    st.button("Fragment button")


outside_writer()
box.text(f"BOX_TAIL={full}")
st.button("Outer button")
barrier()
