"""Counterfeit of fixtures/timer_page_change/app.py: the main page's timer is not cancelled by the page
change (emulated by the counterfeits' other page, which starts a timer for the ticker's id again; the
server drops its requests, as it does for any fragment it no longer holds).

Catches: test_page_change_stops_the_previous_page_timers
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, current_fragment_id, fragment, full_run, marker

full_run()
marker("PAGE", "main")
st.session_state.counterfeit_break = "timer_not_cancelled"  # read by the counterfeits' other page


@fragment(run_every=0.3)
def ticker():
    marker("TICKER_RUNS", bump("TICKER_RUNS"))
    st.session_state.ticker_id = current_fragment_id()
    marker("TICKER_ID", st.session_state.ticker_id)


ticker()
barrier()
