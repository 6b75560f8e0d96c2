"""RET-02: the arguments a fragment rerun gets, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, shown


@scenario("RET-02")
def rerun_uses_latest_args(case):
    at = fixture_app("fragment_args")
    first = shown(at)
    full = shown(click(at, "Outer button"))
    rerun = shown(click(at, "Fragment button"))
    case.observe(first=first, after_full_run=full, after_fragment_rerun=rerun)
    case.check(
        first["ARG"] == first["FULL"] and full["ARG"] == full["FULL"],
        "each full run passed its own argument",
        f"ARG {first['ARG']}, {full['ARG']}",
    )
    case.check(
        rerun["ARG"] == full["FULL"],
        "the fragment rerun got the argument of the last full run",
        f"ARG={rerun['ARG']}, last full run {full['FULL']}",
    )
    case.unchanged("FULL", full, rerun, "the click reran only the fragment")
