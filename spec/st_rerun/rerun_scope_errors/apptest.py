"""RERUN-03, RERUN-04, RERUN-05: `st.rerun(scope=...)` where the scope cannot be honoured."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, exceptions, fixture_app, shown

APP = "rerun_scope_errors"


def _raise_and_recover(button: str):
    """Click `button` (its run raises); what that run showed; then the clean full run of Recover."""
    at = fixture_app(APP)
    before = shown(at)
    raised = shown(click(at, button))
    errors = exceptions(at)
    recovered = shown(click(at, "Recover"))
    return before, raised, errors, recovered, exceptions(at)


def _judge_error(case, errors: list[dict]) -> None:
    case.check(len(errors) == 1, "exactly one exception is shown", f"{len(errors)} shown")
    if errors:
        case.check(
            errors[0]["error"] == case.expect("error"), f"the exception is {case.expect('error')}", errors[0]["error"]
        )
        case.check(
            case.expect("message") in errors[0]["message"],
            f"its message reads {case.expect('message')!r}",
            errors[0]["message"][:120],
        )


def _scope_error_variant(error: dict | None) -> str:
    """Which RERUN-05 behaviour an exception shows (as the browser check names it)."""
    if error is None:
        return "no-error"
    if "can only be specified from" in error["message"]:
        return "unvalidated"
    if "is not a valid rerun scope" in error["message"]:
        return "api-exception"
    if error["error"] == "StreamlitValueError":
        return "value-error"
    if error["error"] == "StreamlitAPIException" and "fragment key" in error["message"]:
        return "fragment-key"
    return f"other:{error['error']}"


@scenario("RERUN-03")
def scoped_rerun_outside_fragment_raises(case):
    before, raised, errors, recovered, left = _raise_and_recover("Scoped rerun outside fragment")
    case.observe(before=before, raised=raised, exceptions=errors, recovered=recovered)
    _judge_error(case, errors)
    if errors:
        case.check(
            errors[0]["after"] == "FULL",
            "the exception shows where st.rerun was called, before the fragment",
            f"after {errors[0]['after']}",
        )
    case.rose_by("HEAD", before, recovered, 1, "the failing run stopped at st.rerun: code after it did not run")
    case.rose_by("TAIL", before, recovered, 1, "only the recovery run reached the end of the script")
    case.check(not left, "the next full run clears the exception", f"{len(left)} left")


@scenario("RERUN-04")
def scoped_rerun_in_fragment_during_full_run_raises_and_stops_script(case):
    before, raised, errors, recovered, _ = _raise_and_recover("Full run with scoped rerun in fragment")
    case.observe(before=before, raised=raised, exceptions=errors, recovered=recovered)
    _judge_error(case, errors)
    if errors:
        markers = errors[0]["block_markers"]
        case.check(
            "FRAG" in markers and "HEAD" not in markers,
            "the exception is drawn inside the fragment's container",
            f"its block holds {markers}",
        )
    case.rose_by("FRAG_END", before, recovered, 1, "the fragment body stopped at st.rerun")
    case.rose_by("TAIL", before, recovered, 1, "the failing run did not run the code after the fragment")
    case.rose_by("HEAD", before, recovered, 2, "code before the fragment ran in both runs")


@scenario("RERUN-05")
def invalid_scope_outside_fragment(case):
    before, raised, errors, recovered, _ = _raise_and_recover("Invalid scope outside fragment")
    observed = _scope_error_variant(errors[0] if errors else None)
    case.saw(observed)
    case.observe(before=before, raised=raised, exceptions=errors, recovered=recovered)
    case.check(observed == case.variant.name, f"behaviour {case.variant.name!r}", observed)
    _judge_error(case, errors)
    case.rose_by("HEAD", before, recovered, 1, "the failing run stopped at st.rerun: code after it did not run")
