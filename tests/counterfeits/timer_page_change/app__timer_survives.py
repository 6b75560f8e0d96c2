"""Counterfeit of fixtures/timer_page_change/app.py: the main page's timer survives the page change
(emulated by the counterfeit's other page, which keeps doing the ticker's counting on a timer).

Catches: test_page_change_stops_the_previous_page_timers
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
marker("PAGE", "main")


@fragment(run_every=0.3)
def ticker():
    marker("TICKER_RUNS", bump("TICKER_RUNS"))


ticker()
barrier()
