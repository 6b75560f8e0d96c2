"""A fragment writes into an `st.empty()` placeholder created by the main script.

Markers: FULL; SLOT (written into the placeholder by the fragment, value = fragment run); FRAG; AFTER (main
script, after the fragment call); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full = full_run()
slot = st.empty()


@fragment
def slot_writer():
    run = bump("FRAG")
    marker("FRAG", run)
    slot.text(f"SLOT={run}")
    st.button("Fragment button")


slot_writer()
marker("AFTER", full)
barrier()
