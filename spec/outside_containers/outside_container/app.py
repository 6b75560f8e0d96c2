"""A fragment writes one line into a container created by the main script, between two main-script lines.

Markers: FULL; BOX_HEAD and BOX_TAIL (written into the container by the main script, value = full run);
EXT (written into the container by the fragment, value = fragment run); FRAG (fragment runs); BARRIER.
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
def outside_writer():
    run = bump("FRAG")
    marker("FRAG", run)
    box.text(f"EXT={run}")  # unconditional: the full run writes here too
    st.button("Fragment button")


outside_writer()
box.text(f"BOX_TAIL={full}")
st.button("Outer button")
barrier()
