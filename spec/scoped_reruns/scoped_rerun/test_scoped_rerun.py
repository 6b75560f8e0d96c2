"""SCOPE-01, SCOPE-02, SCOPE-05: which code runs when a widget inside or outside a fragment is used."""

import pytest


@pytest.mark.clause("SCOPE-01")
def test_button_in_fragment_reruns_only_the_fragment(app, check):
    before = app.markers()
    app.click("Fragment button")
    after = app.wait_for(FRAG=before["FRAG"] + 1)
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    assert not after.timed_out, "the fragment did not rerun after its button was clicked"
    assert settled["FRAG"] == before["FRAG"] + 1, "the fragment ran exactly once"
    assert settled["FULL"] == before["FULL"], "the main script did not run"
    assert settled["TAIL"] == before["TAIL"], "code after the fragment did not run"


@pytest.mark.clause("SCOPE-01")
def test_outside_elements_stay_fresh_while_fragment_reruns(app, check):
    before = app.markers()
    app.click("Slow fragment button")
    running = app.wait_for_shown(FRAG_STARTED=before["FRAG_STARTED"] + 1)
    stale = app.stale_markers()
    after = app.wait_for(FRAG=before["FRAG"] + 1)
    check.observe(before=before, running=running, stale_while_running=stale, after=after)
    assert not running.timed_out, "the slow fragment run was not seen in progress"
    assert "FRAG" in stale, "elements the fragment has not redrawn yet are marked stale"
    assert not stale & {"FULL", "OUTER_SEES_FRAG", "TAIL", "BARRIER"}, "no element outside the fragment is stale"
    assert after["FULL"] == before["FULL"] and after["TAIL"] == before["TAIL"], "the main script did not run"


@pytest.mark.clause("SCOPE-02")
def test_button_outside_fragments_reruns_everything(app, check):
    before = app.markers()
    app.click("Outer button")
    after = app.wait_for(FULL=before["FULL"] + 1, TAIL=before["TAIL"] + 1)
    check.observe(before=before, after=after)
    assert not after.timed_out, "the full run did not finish"
    assert after["FRAG"] == before["FRAG"] + 1, "the fragment body ran as part of the full run"
    assert after["OUTER_SEES_FRAG"] == after["FRAG"], "main code after the fragment saw its new state"


@pytest.mark.clause("SCOPE-05")
def test_main_output_keeps_last_full_run_values(app, check):
    before = app.markers()
    app.click("Fragment button")
    app.wait_for(FRAG=before["FRAG"] + 1)
    app.click("Fragment button")
    during = app.wait_for(FRAG=before["FRAG"] + 2)
    settled = app.barrier()
    app.click("Outer button")
    refreshed = app.wait_for(FULL=before["FULL"] + 1)
    check.observe(before=before, after_fragment_runs=settled, after_full_run=refreshed)
    assert not during.timed_out, "both fragment reruns finished"
    assert settled["OUTER_SEES_FRAG"] == before["OUTER_SEES_FRAG"], "main output still shows the last full run's value"
    assert refreshed["OUTER_SEES_FRAG"] == before["FRAG"] + 3, "a full run shows the state the fragment built up"
