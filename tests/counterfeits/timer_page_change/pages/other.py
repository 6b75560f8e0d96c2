"""Second page of the counterfeit (the timer_survives counterfeit): as the real one, plus a ticker.

Second page: a clock fragment that reports how often the main page's ticker has run.

Markers: FULL; PAGE (other); CLOCK (clock runs); SEEN_TICKER_RUNS (TICKER_RUNS as the clock last saw it); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[4]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
marker("PAGE", "other")


@fragment(run_every=0.25)
def clock():
    marker("CLOCK", bump("CLOCK"))
    marker("SEEN_TICKER_RUNS", st.session_state.get("TICKER_RUNS", 0))


@fragment(run_every=0.3)
def surviving_ticker():  # does what the main page's ticker did, as if its timer had survived
    bump("TICKER_RUNS")


clock()
surviving_ticker()
barrier()
