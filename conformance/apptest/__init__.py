"""AppTest fidelity: the registry's clauses replayed through `streamlit.testing.v1.AppTest`.

Each scenario is a function `def name(case)` registered with `@scenario("CLAUSE-ID")` in the `apptest.py` of its
behaviour's folder (spec/<area>/<behaviour>/, beside the app it drives). It drives an app with AppTest, records what
it saw with `case.observe(...)` and judges it with `case.check(...)` against what the clause says a real browser
shows; the runner (`python -m conformance.apptest_fidelity`) turns those checks into a verdict.

Clauses that AppTest cannot express at all are listed in NOT_EXPRESSIBLE with the reason.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from typing import Callable

from conformance import layout


@dataclass(frozen=True)
class Scenario:
    clause: str
    name: str
    run: Callable


SCENARIOS: list[Scenario] = []

_NEEDS_TICKS = "needs automatic (run_every) reruns, which AppTest never makes (TIMER-03 records that)"
_NEEDS_CONCURRENCY = "needs a click while another run is in progress; every AppTest run finishes before the next"

NOT_EXPRESSIBLE = {
    "API-04": "about a fragment called with no script-run context; AppTest always runs the script in one",
    "CONN-01": "AppTest has no connection to lose: it runs the script in the test's own process",
    "CONN-02": "AppTest has no server to restart: it runs the script in the test's own process",
    "DIALOG-05": "the dialog is opened by a run_every tick and used while its fragment keeps ticking; " + _NEEDS_TICKS,
    "DIALOG-06": "dialog widths and positions are browser layout; AppTest draws no modal",
    "INV-01": "AppTest runs no frontend: there is no page to raise or log errors",
    "INV-02": "AppTest reruns the whole script: there is no fragment-only run, nor a page whose other elements persist",
    "INV-03": "AppTest runs no frontend: nothing is drawn, so nothing is faded",
    "INV-04": "AppTest runs no frontend: there are no requests to refuse and no images to load",
    "INV-05": "AppTest runs no frontend: each run's element tree is built afresh, so no copy is left over",
    "NAV-02": "needs a click on a button of the previous page state while a full run is still going on",
    "NEST-03": _NEEDS_CONCURRENCY,
    "QUEUE-01": _NEEDS_CONCURRENCY,
    "QUEUE-02": _NEEDS_CONCURRENCY,
    "QUEUE-03": _NEEDS_CONCURRENCY,
    "QUEUE-04": _NEEDS_CONCURRENCY,
    "QUEUE-05": _NEEDS_CONCURRENCY,
    "TIMER-04": _NEEDS_TICKS,
    "TIMER-05": _NEEDS_TICKS,
    "TIMER-06": _NEEDS_TICKS,
    "TIMER-07": _NEEDS_TICKS + ", and a page change made by the frontend",
    "TIMER-08": _NEEDS_TICKS,
    "TIMER-09": _NEEDS_TICKS,
    "TIMER-10": _NEEDS_TICKS + ", and a late tick replayed by the frontend",
}


def scenario(clause: str):
    """Register the decorated function as a scenario about `clause`."""

    def register(fn):
        SCENARIOS.append(Scenario(clause, fn.__name__, fn))
        return fn

    return register


def load_all() -> list[Scenario]:
    """Import the scenarios of every behaviour of the spec; the scenarios in registration order."""
    if not SCENARIOS:
        for name, folder in layout.behaviours().items():
            path = folder / layout.SCENARIOS
            if path.is_file():
                spec = importlib.util.spec_from_file_location(f"kit_scenarios.{name}", path)
                spec.loader.exec_module(importlib.util.module_from_spec(spec))
    return list(SCENARIOS)
