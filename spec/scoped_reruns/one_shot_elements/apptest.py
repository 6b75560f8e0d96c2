"""SCOPE-06: balloons and snow written outside a fragment do not fire again when the fragment reruns."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, element_types, fixture_app, shown

ONE_SHOT = {"balloons", "snow"}


def _fired(at) -> int:
    """One-shot elements in the last run's tree: AppTest keeps the elements of that run only."""
    return sum(t in ONE_SHOT for t in element_types(at))


@scenario("SCOPE-06")
def outside_balloons_and_snow_do_not_fire_on_fragment_rerun(case):
    at = fixture_app("one_shot_elements")
    before = shown(at)
    fired_by_full_run = _fired(click(at, "Outer button"))
    full = shown(at)
    fired_by_fragment_runs = _fired(click(at, "Fragment button")) + _fired(click(at, "Fragment button"))
    after = shown(at)
    case.observe(
        before=before,
        after_full_run=full,
        after=after,
        fired_by_full_run=fired_by_full_run,
        fired_by_fragment_runs=fired_by_fragment_runs,
    )
    case.check(fired_by_full_run >= 2, "a full run fires balloons and snow", f"{fired_by_full_run} fired")
    case.check(
        fired_by_fragment_runs == 0, "two fragment reruns fire no balloons or snow", f"{fired_by_fragment_runs} fired"
    )
    case.unchanged("FULL", full, after, "the reruns were fragment reruns: the main script did not run")
