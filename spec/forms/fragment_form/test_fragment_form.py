"""FORM-01: a form inside a fragment: editing reruns nothing, submitting reruns the fragment, st.rerun() the app."""

import pytest


@pytest.mark.clause("FORM-01")
def test_editing_a_form_in_a_fragment_reruns_nothing(app, check):
    before = app.markers()
    app.fill("Form text", "edited")
    app.press("Tab")  # leaving the field is when a text field outside a form sends its value
    settled = app.barrier()
    check.observe(before=before, settled=settled)
    assert not settled.timed_out, "the app answered the barrier"
    assert settled["FRAG"] == before["FRAG"], "editing a form widget did not rerun the fragment"
    assert settled["FULL"] == before["FULL"], "editing a form widget did not rerun the app"
    assert settled["SUBMITTED_TEXT"] == "empty", "the edited value is not submitted yet"


@pytest.mark.clause("FORM-01")
def test_submitting_a_form_in_a_fragment_reruns_only_the_fragment(app, check):
    before = app.markers()
    app.fill("Form text", "submitted")
    app.click("Submit")
    after = app.wait_for(FRAG=before["FRAG"] + 1)
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    assert not after.timed_out, "submitting the form reran the fragment"
    assert settled["SUBMITTED_TEXT"] == "submitted", "the fragment rerun saw the submitted value"
    assert settled["FRAG"] == before["FRAG"] + 1, "the fragment ran exactly once"
    assert settled["FULL"] == before["FULL"] and settled["TAIL"] == before["TAIL"], "the main script did not run"


@pytest.mark.clause("FORM-01")
def test_rerun_after_submitting_reruns_the_app(app, check):
    before = app.markers()
    app.fill("Form text", "escalated")
    app.click("Submit and rerun app")
    after = app.wait_for(FULL=before["FULL"] + 1, TAIL=before["TAIL"] + 1)
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    assert not after.timed_out, "st.rerun() after submitting reran the whole app"
    assert settled["RERUN_REQUESTED"] == before["RERUN_REQUESTED"] + 1, "st.rerun() was called once"
    assert settled["FULL"] == before["FULL"] + 1, "exactly one full run followed"
    assert settled["SUBMITTED_TEXT"] == "escalated", "the full run saw the submitted value"
