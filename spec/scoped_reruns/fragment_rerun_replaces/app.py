"""A fragment whose output changes size: odd runs write three LINE markers, even runs write one.

Markers: FULL; POS (before / inside / after the fragment); FRAG (fragment runs); LINE; BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
marker("POS", "before")


@fragment
def shrinking_fragment():
    run = bump("FRAG")
    marker("FRAG", run)
    marker("POS", "inside")
    for line in range(3 if run % 2 else 1):
        marker("LINE", line + 1)
    st.button("Fragment button")


shrinking_fragment()
marker("POS", "after")
barrier()
