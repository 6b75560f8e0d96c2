"""FORM-01: a form inside a fragment: editing reruns nothing, submitting reruns the fragment, st.rerun() the app."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, shown

APP = "fragment_form"


def _edit(at, text: str) -> None:
    at.text_input(key="form_text").set_value(text)


@scenario("FORM-01")
def editing_a_form_in_a_fragment_submits_nothing(case):
    at = fixture_app(APP)
    before = shown(at)
    _edit(at, "edited")
    edited = shown(at)  # AppTest runs nothing until asked to
    after = shown(click(at, "Barrier"))  # an unrelated interaction, as the browser check makes
    case.observe(before=before, after_edit=edited, after_unrelated_click=after)
    case.unchanged("FRAG", before, edited, "editing a form widget did not rerun the fragment")
    case.unchanged("FULL", before, edited, "editing a form widget did not rerun the app")
    case.check(
        after["SUBMITTED_TEXT"] == "empty",
        "the edited value is not submitted by another widget's run",
        f"SUBMITTED_TEXT={after['SUBMITTED_TEXT']}",
    )


@scenario("FORM-01")
def submitting_a_form_in_a_fragment_reruns_only_the_fragment(case):
    at = fixture_app(APP)
    before = shown(at)
    _edit(at, "submitted")
    after = shown(click(at, "Submit"))
    case.observe(before=before, after=after)
    case.check(
        after["SUBMITTED_TEXT"] == "submitted",
        "the fragment rerun saw the submitted value",
        f"SUBMITTED_TEXT={after['SUBMITTED_TEXT']}",
    )
    case.rose_by("FRAG", before, after, 1, "the fragment ran exactly once")
    case.unchanged("FULL", before, after, "the main script did not run")
    case.unchanged("TAIL", before, after, "code after the fragment did not run")


@scenario("FORM-01")
def rerun_after_submitting_reruns_the_app(case):
    at = fixture_app(APP)
    before = shown(at)
    _edit(at, "escalated")
    after = shown(click(at, "Submit and rerun app"))
    case.observe(before=before, after=after)
    case.rose_by("RERUN_REQUESTED", before, after, 1, "st.rerun() was called once")
    case.rose_by("FULL", before, after, 1, "exactly one full run followed")
    case.check(
        after["SUBMITTED_TEXT"] == "escalated",
        "the full run saw the submitted value",
        f"SUBMITTED_TEXT={after['SUBMITTED_TEXT']}",
    )
