"""Second page: a clock fragment that reports how often the main page's ticker has run.

Markers: FULL; PAGE (other); CLOCK (clock runs); SEEN_TICKER_RUNS (TICKER_RUNS as the clock last saw it); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[4]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
marker("PAGE", "other")


@fragment(run_every=0.25)
def clock():
    marker("CLOCK", bump("CLOCK"))
    marker("SEEN_TICKER_RUNS", st.session_state.get("TICKER_RUNS", 0))


clock()
barrier()
