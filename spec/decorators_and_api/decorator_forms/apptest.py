"""API-03: every form of the fragment decorator, and what it keeps of the function, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, shown

FORMS = ["BARE", "CALLED", "TIMED", "DIRECT"]


@scenario("API-03")
def decorated_function_keeps_its_metadata(case):
    page = shown(fixture_app("decorator_forms"))
    kept = {form: page[f"KEPT_{form}"] for form in FORMS}
    case.observe(kept=kept)
    case.check(
        kept == {form: "name,dict,signature" for form in FORMS},
        "every form keeps __name__, __dict__ and signature",
        str(kept),
    )


@scenario("API-03")
def every_decorator_form_makes_a_fragment(case):
    at = fixture_app("decorator_forms")
    before = shown(at)
    for form in FORMS:
        click(at, f"{form} button")
    after = shown(at)
    case.observe(before=before, after=after)
    deltas = {form: (after[form] or 0) - before[form] for form in FORMS}
    case.check(
        all(d == 1 for d in deltas.values()),
        "one click on each form's button reran that fragment once",
        ", ".join(f"{form} +{d}" for form, d in deltas.items()),
    )
    case.unchanged("FULL", before, after, "no full run happened")
