"""RERUN-01, RERUN-02, RERUN-06: `st.rerun()` and `st.rerun(scope="fragment")` called inside a fragment."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, exceptions, fixture_app, shown

APP = "rerun_scopes"


@scenario("RERUN-01")
def app_rerun_in_fragment_during_full_run_stops_and_reruns(case):
    at = fixture_app(APP)
    before = shown(at)
    after = shown(click(at, "Full run with app rerun in fragment"))
    case.observe(before=before, after=after)
    case.rose_by("FULL", before, after, 2, "two full runs: the clicked one and the one st.rerun() asked for")
    case.rose_by("TAIL", before, after, 1, "the interrupted full run did not reach the code after the fragment")
    case.check(
        after["AFTER_APP_RERUN"] == 0,
        "the fragment stopped at st.rerun()",
        f"AFTER_APP_RERUN={after['AFTER_APP_RERUN']}",
    )


@scenario("RERUN-01")
def app_rerun_in_fragment_rerun_reruns_the_whole_app(case):
    at = fixture_app(APP)
    before = shown(at)
    after = shown(click(at, "Rerun app"))
    case.observe(before=before, after=after)
    case.rose_by("FULL", before, after, 1, "exactly one full run followed the fragment's rerun")
    case.rose_by("TAIL", before, after, 1, "the full run reached the code after the fragment")
    case.rose_by("FRAG", before, after, 2, "the fragment ran twice: its own rerun, then inside the full run")
    case.check(
        after["AFTER_APP_RERUN"] == 0,
        "the fragment stopped at st.rerun()",
        f"AFTER_APP_RERUN={after['AFTER_APP_RERUN']}",
    )


@scenario("RERUN-02")
def fragment_scoped_rerun_reruns_only_the_fragment(case):
    at = fixture_app(APP)
    before = shown(at)
    after = shown(click(at, "Rerun fragment"))
    errors = exceptions(at)
    case.observe(before=before, after=after, exceptions=errors)
    case.check(not errors, "no exception is shown", "; ".join(f"{e['error']}: {e['message'][:80]}" for e in errors))
    case.rose_by("FRAG", before, after, 2, "the fragment ran twice: the click, then the scoped rerun")
    case.check(
        after["AFTER_SCOPED_RERUN"] == 0,
        "the fragment run stopped at st.rerun(scope='fragment')",
        f"AFTER_SCOPED_RERUN={after['AFTER_SCOPED_RERUN']}",
    )
    case.unchanged("FULL", before, after, "the main script did not run")
    case.unchanged("TAIL", before, after, "code after the fragment did not run")


@scenario("RERUN-06")
def app_rerun_is_not_caught_by_except_exception(case):
    at = fixture_app(APP)
    before = shown(at)
    after = shown(click(at, "Rerun app in try"))
    case.observe(before=before, after=after)
    case.check(
        after["SWALLOWED"] == 0,
        "except Exception did not catch st.rerun()'s control-flow exception",
        f"SWALLOWED={after['SWALLOWED']}",
    )
    case.rose_by("TAIL", before, after, 1, "st.rerun() still ran the whole app, to its end")
    if after["FULL"] != before["FULL"] + 1:
        case.note(
            f"FULL rose by {after['FULL'] - before['FULL']} (the browser: 1): the click itself was a full run "
            "(SCOPE-01)."
        )
