"""QUEUE-01, QUEUE-02, QUEUE-04 in a report page built like a real one: clicks while a slow run goes on."""

import pytest

SHOWN = ("EXPORT", "EXPORTED", "COMMENTS", "CHART", "GENERATED", "TAIL")


def _slow_export(app, check):
    """Start a slow export; once it is seen running, the markers before it."""
    before = app.markers()
    app.click("Export CSV")
    running = app.wait_for_shown(EXPORTED_STARTED=before["EXPORTED_STARTED"] + 1)
    check.observe(before=before, running=running)
    assert not running.timed_out, "the slow export was seen running"
    return before


def _like_and_shuffle_during_the_export(app, check):
    """Like, then Shuffle, while a slow export runs; the markers before, once both panels ran, and settled."""
    before = _slow_export(app, check)
    app.click("Like")
    app.click("Shuffle chart")
    done = app.wait_for(at_least={"EXPORTED": before["EXPORTED"] + 1, "CHART": before["CHART"] + 1}, drawn=SHOWN)
    return before, done, app.barrier(drawn=SHOWN)


@pytest.mark.clause("QUEUE-01")
def test_clicks_on_other_panels_wait_for_the_export_and_keep_their_order(app, check):
    before, done, settled = _like_and_shuffle_during_the_export(app, check)
    check.observe(done=done, settled=settled)
    assert not done.timed_out, "the export finished and the queued panels reran"
    assert settled["EXPORT"] == before["EXPORT"] + 1, "the export panel ran once: the clicks did not interrupt it"
    assert (settled["COMMENTS"], settled["CHART"]) == (before["COMMENTS"] + 1, before["CHART"] + 1), (
        "each clicked panel ran once"
    )
    assert settled["EXPORTED_END_AT"] <= settled["COMMENTS_AT"] <= settled["CHART_AT"], (
        "they ran after the export, in click order"
    )
    assert (settled["FULL"], settled["TAIL"]) == (before["FULL"], before["TAIL"]), "no full run happened"


@pytest.mark.clause("QUEUE-02")
def test_repeated_likes_during_the_export_merge_into_one_run(app, check):
    before = _slow_export(app, check)
    for _ in range(3):
        app.click("Like")
    done = app.wait_for(at_least={"EXPORTED": before["EXPORTED"] + 1, "COMMENTS": before["COMMENTS"] + 1}, drawn=SHOWN)
    settled = app.barrier(drawn=SHOWN)
    check.observe(done=done, settled=settled)
    assert not done.timed_out, "the export finished and the comments panel reran"
    assert settled["COMMENTS"] == before["COMMENTS"] + 1, "three clicks gave one run of the comments panel"
    assert settled["COMMENTS_SAW"] == "like", "which saw the click"
    assert settled["COMMENTS_AT"] >= settled["EXPORTED_END_AT"], "after the export"
    assert (settled["FULL"], settled["CHART"]) == (before["FULL"], before["CHART"]), "nothing else ran"


@pytest.mark.clause("QUEUE-02")
def test_a_like_and_a_shuffle_during_the_export_each_reach_their_panel(app, check):
    before, done, settled = _like_and_shuffle_during_the_export(app, check)
    kept = {"like": "all-kept", "none": "last-click-only"}.get(settled["COMMENTS_SAW"], "other")
    check.saw(kept)
    check.observe(done=done, settled=settled)
    assert not done.timed_out, "the export finished and both panels reran"
    assert settled["COMMENTS"] == before["COMMENTS"] + 1, "the comments panel ran once"
    assert kept == check.variant().name, f"expected: {check.variant().statement}"


@pytest.mark.clause("QUEUE-04")
def test_a_like_during_report_generation_waits_for_it(app, check):
    before = app.markers()
    app.click("Generate report")
    running = app.wait_for_shown(GENERATED_STARTED=before["GENERATED_STARTED"] + 1)
    app.click("Like")
    done = app.wait_for(
        at_least={"GENERATED": before["GENERATED"] + 1, "COMMENTS": before["COMMENTS"] + 2}, drawn=SHOWN
    )
    settled = app.barrier(drawn=SHOWN)
    check.observe(before=before, running=running, done=done, settled=settled)
    assert not running.timed_out, "the slow full run was seen running"
    assert not done.timed_out, "the report was generated and the comments panel reran after it"
    assert settled["FULL"] == before["FULL"] + 1, "the full run was not restarted"
    assert settled["COMMENTS"] == before["COMMENTS"] + 2, "the comments panel ran in it and once after it"
    assert settled["TAIL"] == before["TAIL"] + 1, "it ran to its end"
    assert settled["COMMENTS_AT"] >= settled["GENERATED_END_AT"], "the comments panel's rerun came after it"
    assert settled["COMMENTS_SAW"] == "like", "and saw the click"
    assert (settled["EXPORT"], settled["CHART"]) == (before["EXPORT"] + 1, before["CHART"] + 1), (
        "the other panels ran in the full run only"
    )
