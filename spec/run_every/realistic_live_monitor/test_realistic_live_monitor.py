"""TIMER-06, MULTI-01, STATE-02 in an app built like a real one: a panel that reruns itself every half second
among a sidebar, an image, tabs, charts and a fragment of controls that the user clicks while it ticks."""

import pytest

TICKS = 4
# read together once drawn: the live panel ticks, and a snapshot taken while it is redrawn lacks its TICKS
COUNTERS = ("FULL", "TAIL", "TICKS", "ACKS")


@pytest.mark.clause("TIMER-06")
def test_the_live_panel_ticks_alone(app, check):
    before = app.wait_for(drawn=COUNTERS)
    ticked = app.wait_for(at_least={"TICKS": before["TICKS"] + TICKS}, idle=False)
    settled = app.barrier(drawn=COUNTERS)
    check.observe(before=before, ticked=ticked, settled=settled)
    assert not ticked.timed_out, "the live panel reran by itself"
    assert settled["ACKS"] == before["ACKS"], "the fragment beside it did not run"
    assert settled["FULL"] == before["FULL"] and settled["TAIL"] == before["TAIL"], "the main script did not run"


@pytest.mark.clause("MULTI-01", "TIMER-06")
def test_clicks_while_the_panel_ticks_rerun_only_their_fragment(app, check):
    before = app.wait_for(drawn=COUNTERS)
    for n in range(1, 4):
        app.click_for_run("Acknowledge", ACKS=before["ACKS"] + n)
    settled = app.barrier(drawn=COUNTERS)
    check.observe(before=before, settled=settled)
    runs, clicks = settled["ACKS"] - before["ACKS"], 3 + len(app.lost_clicks)
    assert 3 <= runs <= clicks, "each click reran the controls once (a click made again may have counted too)"
    assert settled["TICKS"] > before["TICKS"], "the panel went on ticking"
    assert settled["FULL"] == before["FULL"] and settled["TAIL"] == before["TAIL"], "the main script did not run"


@pytest.mark.clause("STATE-02")
def test_a_checkbox_beside_the_ticking_panel_keeps_its_state(app, check):
    before = app.wait_for(drawn=COUNTERS)
    app.click_text("Mute alerts")
    muted = app.wait_for(MUTE_SEEN="True", drawn=COUNTERS)
    later = app.wait_for(at_least={"TICKS": muted["TICKS"] + TICKS}, idle=False)
    acknowledged = app.click_for_run("Acknowledge", ACKS=muted["ACKS"] + 1)
    settled = app.barrier(drawn=COUNTERS)
    check.observe(before=before, muted=muted, later=later, acknowledged=acknowledged, settled=settled)
    assert not muted.timed_out, "the checkbox reran its fragment with its new value"
    assert not later.timed_out, "the panel ticked after"
    assert not acknowledged.timed_out, "the controls reran after the ticks"
    assert settled["MUTE_SEEN"] == "True" and app.is_checked("Mute alerts"), "the checkbox kept its state"
    assert settled["FULL"] == before["FULL"], "the main script did not run"
