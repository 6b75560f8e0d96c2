"""TIMER-03: automatic reruns, which AppTest never makes."""

from conformance.apptest import scenario
from conformance.apptest.harness import fixture_app, let_time_pass, shown


@scenario("TIMER-03")
def automatic_reruns_come_every_interval(case):
    at = fixture_app("auto_rerun_interval")
    before = shown(at)
    waited = let_time_pass(1.2)  # more than two of the fragment's 0.5 s intervals
    after = shown(at)
    case.observe(before=before, after=after, waited_s=waited, interval_ms=after["INTERVAL_MS"])
    case.check(
        after["TICK"] >= 3, "the fragment reran by itself about every 0.5 s", f"TICK={after['TICK']} after {waited} s"
    )
    case.unchanged("FULL", before, after, "only the fragment ran")
