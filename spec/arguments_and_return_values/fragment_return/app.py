"""A fragment returns its run number; the main script shows what the call returned.

Markers: FULL; FRAG (fragment runs, shown by the fragment, which returns the same number); RESULT (what the
call returned, shown by the main script); USED (runs of the main-script code that uses the result); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()


@fragment
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
