"""RERUN-01, RERUN-02, FORM-01, STATE-02 in an app built like a real one: a form in a fragment whose submit calls
st.rerun() to refresh the whole desk, beside a queue panel that reruns itself with st.rerun(scope="fragment")."""

import pytest


@pytest.mark.clause("RERUN-01", "FORM-01")
def test_submitting_the_form_reruns_the_whole_desk(app, check):
    before = app.markers()
    app.fill("Subject", "printer-jam")
    app.click("Submit ticket")
    saved = app.wait_for(TICKETS=before["TICKETS"] + 1)
    check.observe(before=before, saved=saved)
    assert not saved.timed_out, "the main script saw the new ticket"
    assert saved["LAST_SEEN"] == "printer-jam", "with the subject typed in the form"
    assert saved["FULL"] == before["FULL"] + 1 and saved["TAIL"] == before["TAIL"] + 1, "one full run"
    assert saved["QUEUE_RUNS"] == before["QUEUE_RUNS"] + 1, "the full run ran the queue panel once"


@pytest.mark.clause("RERUN-02")
def test_refreshing_the_queue_reruns_only_its_panel(app, check):
    before = app.markers()
    app.click("Refresh queue")
    refreshed = app.wait_for(QUEUE_END=before["QUEUE_END"] + 1)
    check.observe(before=before, refreshed=refreshed)
    assert not refreshed.timed_out, "the queue panel ran to its end"
    assert refreshed["QUEUE_RUNS"] == before["QUEUE_RUNS"] + 2, "the click's run, then the scoped rerun"
    assert refreshed["FULL"] == before["FULL"] and refreshed["TAIL"] == before["TAIL"], "the main script did not run"
    assert refreshed["FORM_RUNS"] == before["FORM_RUNS"], "the form beside it did not run"


@pytest.mark.clause("FORM-01", "RERUN-02")
def test_a_subject_typed_in_the_form_survives_the_queue_refresh(app, check):
    before = app.markers()
    app.fill("Subject", "screen-flickers")
    app.click("Refresh queue")
    refreshed = app.wait_for(QUEUE_END=before["QUEUE_END"] + 1)
    app.click("Submit ticket")
    saved = app.wait_for(TICKETS=before["TICKETS"] + 1)
    check.observe(before=before, refreshed=refreshed, saved=saved)
    assert not refreshed.timed_out and refreshed["FORM_RUNS"] == before["FORM_RUNS"], "typing reran nothing"
    assert not saved.timed_out, "the submit saved a ticket"
    assert saved["LAST_SEEN"] == "screen-flickers", "the subject typed before the refresh was the one saved"


@pytest.mark.clause("STATE-02", "RERUN-01")
def test_the_team_chosen_in_the_sidebar_survives_the_submit_rerun(app, check):
    before = app.markers()
    app.click_text("billing")
    chosen = app.wait_for(TEAM_SEEN="billing", FULL=before["FULL"] + 1)
    app.fill("Subject", "door-stuck")
    app.click("Submit ticket")
    saved = app.wait_for(TICKETS=before["TICKETS"] + 1)
    settled = app.barrier()
    check.observe(before=before, chosen=chosen, saved=saved, settled=settled)
    assert not chosen.timed_out, "choosing the team reran the app"
    assert not saved.timed_out and saved["LAST_SEEN"] == "door-stuck", "the submit's rerun saved the ticket"
    assert (saved["TEAM_SEEN"], settled["TEAM_SEEN"]) == ("billing", "billing"), (
        "the sidebar's team, a widget outside the fragment, kept its value through the fragment's st.rerun()"
    )
