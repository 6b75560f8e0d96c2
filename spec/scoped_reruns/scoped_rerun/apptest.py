"""SCOPE-01, SCOPE-02, SCOPE-05: which code runs when a widget inside or outside a fragment is used."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, shown

APP = "scoped_rerun"


@scenario("SCOPE-01")
def fragment_button_reruns_only_the_fragment(case):
    at = fixture_app(APP)
    before = shown(at)
    after = shown(click(at, "Fragment button"))
    case.observe(before=before, after=after)
    case.rose_by("FRAG", before, after, 1, "the fragment ran once")
    case.unchanged("FULL", before, after, "the main script did not run")
    case.unchanged("TAIL", before, after, "code after the fragment did not run")
    case.note("Whether outside elements are marked stale during the rerun is browser-only.")


@scenario("SCOPE-02")
def outside_button_reruns_everything(case):
    at = fixture_app(APP)
    before = shown(at)
    after = shown(click(at, "Outer button"))
    case.observe(before=before, after=after)
    case.rose_by("FULL", before, after, 1, "the whole script ran once")
    case.rose_by("TAIL", before, after, 1, "code after the fragment ran")
    case.rose_by("FRAG", before, after, 1, "the fragment body ran as part of the full run")
    case.check(
        after["OUTER_SEES_FRAG"] == after["FRAG"],
        "main code after the fragment saw its new state",
        f"OUTER_SEES_FRAG={after['OUTER_SEES_FRAG']}, FRAG={after['FRAG']}",
    )


@scenario("SCOPE-05")
def main_output_keeps_last_full_run_values(case):
    at = fixture_app(APP)
    before = shown(at)
    click(at, "Fragment button")
    during = shown(click(at, "Fragment button"))
    refreshed = shown(click(at, "Outer button"))
    case.observe(before=before, after_fragment_runs=during, after_full_run=refreshed)
    case.unchanged(
        "OUTER_SEES_FRAG", before, during, "after two fragment reruns main output still shows the last full run's value"
    )
    case.check(
        refreshed["OUTER_SEES_FRAG"] == before["FRAG"] + 3,
        "the next full run shows the state the fragment built up (three fragment runs later)",
        f"OUTER_SEES_FRAG={refreshed['OUTER_SEES_FRAG']}",
    )
