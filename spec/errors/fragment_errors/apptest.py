"""ERR-01, ERR-02, ERR-03: where an exception raised in a fragment shows, and what else still runs."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, exceptions, fixture_app, shown

APP = "fragment_errors"


def _fail_on_full_run():
    at = fixture_app(APP)
    before = shown(at)
    after = shown(click(at, "Fail on next full run"))
    return before, after, exceptions(at)


def _the_fragment_error(case, errors) -> None:
    case.check(
        [(e["error"], e["message"]) for e in errors] == [("ValueError", "kit-fragment-failure")],
        "the fragment's exception is shown once",
        str([(e["error"], e["message"][:60]) for e in errors]),
    )


@scenario("ERR-01")
def full_run_fragment_error_placement(case):
    before, after, errors = _fail_on_full_run()
    inside = ["FRAG_START" in e["block_markers"] for e in errors]
    observed = "inside-fragment" if inside == [True] else "main-flow" if inside == [False] else f"unclear-{inside}"
    case.saw(observed)
    case.observe(before=before, after=after, exceptions=errors)
    _the_fragment_error(case, errors)
    case.check(observed == case.variant.name, f"behaviour {case.variant.name!r}", observed)


@scenario("ERR-02")
def full_run_stops_after_failing_fragment(case):
    before, after, errors = _fail_on_full_run()
    case.observe(before=before, after=after, exceptions=errors)
    _the_fragment_error(case, errors)
    case.check(
        after["FRAG_DONE"] is None, "the fragment body stopped at the exception", f"FRAG_DONE={after['FRAG_DONE']}"
    )
    case.check(after["BEFORE"] == after["FULL"], "main code before the fragment call ran", f"BEFORE={after['BEFORE']}")
    for name, what in (
        ("AFTER", "main code after the fragment call"),
        ("SECOND", "the fragment called after it"),
        ("BARRIER", "the last fragment of the script"),
    ):
        case.check(after.all(name) == [], f"{what} did not run", f"{name} {after.all(name)}")


@scenario("ERR-03")
def fragment_rerun_error_stays_in_fragment_and_good_rerun_clears_it(case):
    at = fixture_app(APP)
    before = shown(at)
    failed = shown(click(at, "Fail in fragment"))
    errors = exceptions(at)
    good = shown(click(at, "Good fragment rerun"))
    errors_after_good = exceptions(at)
    case.observe(before=before, failed=failed, exceptions=errors, good=good, exceptions_after_good=errors_after_good)
    _the_fragment_error(case, errors)
    case.check(
        [("FRAG_START" in e["block_markers"]) for e in errors] == [True],
        "the exception is shown inside the fragment's container",
        str([e["block_markers"] for e in errors]),
    )
    for name in ("FULL", "BEFORE", "AFTER", "SECOND"):
        case.unchanged(name, before, failed, f"{name} outside the fragment stayed as it was")
    case.check(errors_after_good == [], "the next good rerun removed the error", f"{len(errors_after_good)} left")
    case.unchanged("FULL", before, good, "neither rerun ran code outside the fragment")
