"""Second page of the counterfeits: as the real one, plus the break its main page names in Session State
(`counterfeit_break`): a ticker doing the main ticker's counting (timer_survives), or a timer started again
for the main ticker's id (timer_not_cancelled).

Second page: a clock fragment that reports how often the main page's ticker has run.

Markers: FULL; PAGE (other); CLOCK (clock runs); SEEN_TICKER_RUNS (TICKER_RUNS as the clock last saw it); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[4]))  # the kit root

import streamlit as st

from conformance.app_kit import arm_page_timer, barrier, bump, fragment, full_run, marker

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
if st.session_state.get("counterfeit_break") == "timer_survives":
    surviving_ticker()
elif st.session_state.get("counterfeit_break") == "timer_not_cancelled" and not st.session_state.get("armed_again"):
    st.session_state.armed_again = True
    arm_page_timer(st.session_state.ticker_id, 0.3)
barrier()
