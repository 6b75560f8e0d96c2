"""RET-01: what a fragment call returns, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, shown


@scenario("RET-01")
def full_run_call_returns_value(case):
    at = fixture_app("fragment_return")
    first = shown(at)
    again = shown(click(at, "Outer button"))
    case.observe(first=first, again=again)
    case.check(
        first["RESULT"] == first["FRAG"],
        "the first full run got the value the fragment returned",
        f"RESULT={first['RESULT']}, FRAG={first['FRAG']}",
    )
    case.check(
        again["RESULT"] == again["FRAG"] == first["FRAG"] + 1,
        "a later full run got that run's value",
        f"RESULT={again['RESULT']}, FRAG={again['FRAG']}",
    )


@scenario("RET-01")
def fragment_rerun_discards_return_value(case):
    at = fixture_app("fragment_return")
    before = shown(at)
    after = shown(click(at, "Fragment button"))
    case.observe(before=before, after=after)
    case.unchanged("RESULT", before, after, "the main script still shows the full run's result")
    case.unchanged("USED", before, after, "code that used the result did not run again")
    case.unchanged("FULL", before, after, "no full run happened")
