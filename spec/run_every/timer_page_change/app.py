"""Main page of a two-page app (pages/ folder): a `run_every` ticker; the other page has a clock.

Markers: FULL; PAGE (main); TICKER_RUNS (ticker runs in the session); TICKER_ID (the ticker's fragment id,
which its tick requests carry); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

from conformance.app_kit import barrier, bump, current_fragment_id, fragment, full_run, marker

full_run()
marker("PAGE", "main")


@fragment(run_every=0.3)
def ticker():
    marker("TICKER_RUNS", bump("TICKER_RUNS"))
    marker("TICKER_ID", current_fragment_id())


ticker()
barrier()
