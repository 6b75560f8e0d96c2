"""NEST-02: rerunning an outer fragment reruns its inner one inline; rerunning the inner one reruns only it."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, session_value, shown

APP = "nested_fragments"


@scenario("NEST-02")
def outer_rerun_reruns_inner_inline(case):
    at = fixture_app(APP)
    before = shown(at)
    after = shown(click(at, "Outer button"))
    case.observe(before=before, after=after)
    case.rose_by("OUTER", before, after, 1, "the outer fragment ran exactly once")
    case.rose_by("INNER", before, after, 1, "the inner fragment ran inline, once, within the outer rerun")
    case.unchanged("FULL", before, after, "the main script did not run")


@scenario("NEST-02")
def inner_rerun_reruns_only_inner(case):
    at = fixture_app(APP)
    before = shown(at)
    after = shown(click(at, "Inner button"))
    log = list(session_value(at, "LOG", []))
    case.observe(before=before, after=after, log=log)
    case.rose_by("INNER", before, after, 1, "the inner fragment ran exactly once")
    case.unchanged("OUTER", before, after, "the outer fragment did not run")
    case.unchanged("FULL", before, after, "the main script did not run")
    case.check(
        log[-1:] == ["inner"] and log.count("outer") == 1,
        "the run log shows one inner run on its own after the full run",
        ",".join(log),
    )
