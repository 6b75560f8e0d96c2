"""Counterfeit of fixtures/timer_page_change/app.py: the main page's timer survives the page change
(emulated by the counterfeit's other page, which keeps doing the ticker's counting on a timer).

Catches: test_page_change_stops_the_previous_page_timers
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, current_fragment_id, fragment, full_run, marker

full_run()
marker("PAGE", "main")
st.session_state.counterfeit_break = "timer_survives"  # read by the counterfeits' other page


@fragment(run_every=0.3)
def ticker():
    marker("TICKER_RUNS", bump("TICKER_RUNS"))
    marker("TICKER_ID", current_fragment_id())


ticker()
barrier()
