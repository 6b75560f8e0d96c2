"""API-03: every form of the decorator makes a fragment and keeps the function's name, dict and signature."""

import pytest

FORMS = ["BARE", "CALLED", "TIMED", "DIRECT"]


@pytest.mark.clause("API-03")
def test_every_decorator_form_makes_a_fragment(app, check):
    before = app.markers()
    waits = {}
    for form in FORMS:
        app.click(f"{form} button")
        waits[form] = app.wait_for(**{form: before[form] + 1}).timed_out
        if waits[form]:
            break  # after a run that was not this fragment's, the counters say nothing about the next forms
    settled = app.barrier()
    check.observe(before=before, settled=settled, timed_out=waits)
    assert not any(waits.values()), "each form reran when its button was clicked"
    assert all(settled[form] == before[form] + 1 for form in FORMS), "each click reran only its own fragment"
    assert settled["FULL"] == before["FULL"], "no full run happened"


@pytest.mark.clause("API-03")
def test_decorated_function_keeps_its_metadata(app, check):
    page = app.markers()
    kept = {form: page[f"KEPT_{form}"] for form in FORMS}
    check.observe(kept=kept)
    assert kept == {form: "name,dict,signature" for form in FORMS}, "every form keeps __name__, __dict__, signature"
