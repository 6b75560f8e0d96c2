"""A fragment writes into an outside container only when its button is clicked, never in a full run.

Markers: FULL; BOX_HEAD (main script, in the container); FRAG (fragment runs begun); LATE (the fragment's
write into the container); FRAG_END (fragment runs that reached their end); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full = full_run()
box = st.container()
box.text(f"BOX_HEAD={full}")


@fragment
def late_writer():
    run = bump("FRAG")
    marker("FRAG", run)
    if st.button("Write outside"):
        box.text(f"LATE={run}")
    marker("FRAG_END", bump("FRAG_END"))


late_writer()
barrier()
