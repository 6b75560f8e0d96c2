"""TIMER-03: `run_every` values and automatic reruns."""

import time
from conformance.apptest import scenario
from conformance.apptest.harness import fixture_app, shown


def _wait_intervals(seconds: float) -> float:
    start = time.monotonic()
    time.sleep(seconds)  # sleep: AppTest has no timers: the scenario lets intervals pass to show that nothing reruns by itself
    return round(time.monotonic() - start, 2)


@scenario("TIMER-03")
def automatic_reruns_come_every_interval(case):
    at = fixture_app("auto_rerun_interval")
    before = shown(at)
    waited = _wait_intervals(1.2)  # more than two of the fragment's 0.5 s intervals
    after = shown(at)
    case.observe(before=before, after=after, waited_s=waited, interval_ms=after["INTERVAL_MS"])
    case.check(after["TICK"] >= 3, "the fragment reran by itself about every 0.5 s",
               f"TICK={after['TICK']} after {waited} s")
    case.unchanged("FULL", before, after, "only the fragment ran")
