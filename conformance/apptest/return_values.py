"""RET-01, RET-02: what a fragment call returns, and the arguments a fragment rerun gets."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, shown


@scenario("RET-01")
def full_run_call_returns_value(case):
    at = fixture_app("fragment_return")
    first = shown(at)
    again = shown(click(at, "Outer button"))
    case.observe(first=first, again=again)
    case.check(first["RESULT"] == first["FRAG"], "the first full run got the value the fragment returned",
               f"RESULT={first['RESULT']}, FRAG={first['FRAG']}")
    case.check(again["RESULT"] == again["FRAG"] == first["FRAG"] + 1, "a later full run got that run's value",
               f"RESULT={again['RESULT']}, FRAG={again['FRAG']}")


@scenario("RET-01")
def fragment_rerun_discards_return_value(case):
    at = fixture_app("fragment_return")
    before = shown(at)
    after = shown(click(at, "Fragment button"))
    case.observe(before=before, after=after)
    case.unchanged("RESULT", before, after, "the main script still shows the full run's result")
    case.unchanged("USED", before, after, "code that used the result did not run again")
    case.unchanged("FULL", before, after, "no full run happened")


@scenario("RET-02")
def rerun_uses_latest_args(case):
    at = fixture_app("fragment_args")
    first = shown(at)
    full = shown(click(at, "Outer button"))
    rerun = shown(click(at, "Fragment button"))
    case.observe(first=first, after_full_run=full, after_fragment_rerun=rerun)
    case.check(first["ARG"] == first["FULL"] and full["ARG"] == full["FULL"], "each full run passed its own argument",
               f"ARG {first['ARG']}, {full['ARG']}")
    case.check(rerun["ARG"] == full["FULL"], "the fragment rerun got the argument of the last full run",
               f"ARG={rerun['ARG']}, last full run {full['FULL']}")
    case.unchanged("FULL", full, rerun, "the click reran only the fragment")
