"""SCOPE-01, SCOPE-02, MULTI-01, STATE-02 in an app built like a real one: fragments in columns beside a sidebar,
metrics, media, charts, tabs, an expander and a form; the page-wide invariants judge what the markers do not."""

import pytest

QUICK_CLICKS = 5


@pytest.mark.clause("SCOPE-01", "MULTI-01")
def test_fragment_in_a_column_reruns_alone(app, check):
    before = app.markers()
    app.click("Refresh orders")
    after = app.wait_for(ORDERS=before["ORDERS"] + 1)
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    assert not after.timed_out, "the orders fragment reran after its button was clicked"
    assert settled["ORDERS"] == before["ORDERS"] + 1, "it ran exactly once"
    assert settled["CHAT"] == before["CHAT"], "the fragment beside it did not run"
    assert settled["FULL"] == before["FULL"] and settled["TAIL"] == before["TAIL"], "the main script did not run"


@pytest.mark.clause("SCOPE-01", "MULTI-01")
def test_quick_clicks_on_a_fragment_rerun_only_that_fragment(app, check):
    before = app.markers()
    check.observe(before=before, clicks=QUICK_CLICKS)  # kept if a click cannot land
    for _ in range(QUICK_CLICKS):  # as fast as a user who double- and triple-clicks, without waiting for a run
        app.click("Refresh orders")
    settled = app.barrier()
    runs = None if settled["ORDERS"] is None else settled["ORDERS"] - before["ORDERS"]
    check.observe(settled=settled, fragment_runs=runs)
    assert runs is not None, "the orders fragment is still on the page"
    assert 1 <= runs <= QUICK_CLICKS, "the clicks reran the orders fragment, at most once per click"
    assert settled["CHAT"] == before["CHAT"], "the fragment beside it did not run"
    assert settled["FULL"] == before["FULL"] and settled["TAIL"] == before["TAIL"], "the main script did not run"


@pytest.mark.clause("SCOPE-02")
def test_main_button_reruns_the_whole_dashboard(app, check):
    before = app.markers()
    app.click("Rerun app")
    after = app.wait_for(FULL=before["FULL"] + 1, TAIL=before["TAIL"] + 1)
    check.observe(before=before, after=after)
    assert not after.timed_out, "the full run finished"
    assert after["ORDERS"] == before["ORDERS"] + 1, "the orders fragment ran as part of the full run"
    assert after["CHAT"] == before["CHAT"] + 1, "the chat fragment ran as part of the full run"


@pytest.mark.clause("STATE-02")
def test_text_fields_keep_their_values_through_every_kind_of_rerun(app, check):
    before = app.markers()
    app.fill("Owner", "ann")
    app.press("Enter")
    owned = app.wait_for(OWNER_SEEN="ann", FULL=before["FULL"] + 1)
    app.fill("Note", "urgent")
    app.press("Enter")
    noted = app.wait_for(NOTE_SEEN="urgent")
    app.click("Send")
    chatted = app.wait_for(CHAT=noted["CHAT"] + 1)
    app.click("Rerun app")
    rerun = app.wait_for(FULL=noted["FULL"] + 1)
    check.observe(before=before, owned=owned, noted=noted, chatted=chatted, rerun=rerun)
    assert not owned.timed_out, "the main script's field reran the app with its value"
    assert not noted.timed_out, "the fragment's field reran the fragment with its value"
    assert noted["FULL"] == owned["FULL"], "the fragment's field reran only the fragment"
    assert not chatted.timed_out and chatted["NOTE_SEEN"] == "urgent", "a sibling fragment's rerun kept the note"
    assert not rerun.timed_out, "the full run finished"
    assert (rerun["OWNER_SEEN"], rerun["NOTE_SEEN"]) == ("ann", "urgent"), "a full run kept both fields' values"
