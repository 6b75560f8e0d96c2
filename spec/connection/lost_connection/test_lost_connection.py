"""CONN-01: when a lost connection comes back, the session goes on."""

import pytest

ROUTED_CONNECTION = True  # the harness carries the page's connection to its server, so that it can cut it
SHOWN = ("SESSION", "NOTE_SEEN", "PRESSES", "FRAG", "TICK", "TAIL")


@pytest.mark.clause("CONN-01")
def test_a_lost_connection_keeps_the_session_and_its_fragment(app, check):
    app.fill("Note", "kept")
    app.press("Enter")
    typed = app.wait_for(NOTE_SEEN="kept")
    pressed = app.click_for_run("Count", PRESSES=1)
    before = app.barrier(drawn=SHOWN)
    reconnected = app.drop_connection()
    back = app.barrier(drawn=SHOWN)
    full_runs = None if back.timed_out else back["FULL"] - before["FULL"]
    check.saw(check.variant_named_by(full_runs=full_runs) or f"{full_runs}-full-runs")
    after = app.click_for_run("Count", PRESSES=2)
    settled = app.barrier(drawn=SHOWN)
    shown = app.exceptions()
    check.observe(
        typed=typed,
        pressed=pressed,
        before=before,
        reconnected=reconnected,
        back=back,
        after=after,
        settled=settled,
        full_runs_on_reconnect=full_runs,
        exceptions=shown,
    )
    assert not pressed.timed_out, "the fragment's button worked before the connection was cut"
    assert reconnected, "the page connected again by itself"
    assert not back.timed_out, "after the reconnect the app answers"
    assert full_runs == check.expect("full_runs"), f"expected: {check.variant().statement}"
    assert back["SESSION"] == before["SESSION"], "the page is back in its own session"
    assert (back["NOTE_SEEN"], back["PRESSES"]) == ("kept", 1), "the field's value and Session State are kept"
    assert not after.timed_out, "the fragment's button works after the reconnect"
    assert (settled["FULL"], settled["TAIL"]) == (back["FULL"], back["TAIL"]), "its press reran the fragment alone"
    assert shown == [], "no error is shown"


@pytest.mark.clause("CONN-01")
def test_timers_tick_again_after_a_lost_connection(app, check):
    ticking = app.wait_for(at_least={"TICK": 3}, idle=False)
    before = app.barrier(drawn=SHOWN)
    reconnected = app.drop_connection()
    # Count the ticks from when the reconnect's own full run is over: it may change the timer.
    back = app.wait_for(at_least={"FULL": before["FULL"] + check.expect("full_runs")}, drawn=SHOWN)
    back_at = back["TICK"] or 0
    resumed = app.wait_for(at_least={"TICK": back_at + 3}, idle=False)
    settled = app.barrier(drawn=SHOWN)
    full_runs = None if settled.timed_out else settled["FULL"] - before["FULL"]
    check.saw(check.variant_named_by(full_runs=full_runs) or f"{full_runs}-full-runs")
    check.observe(
        ticking=ticking,
        before=before,
        reconnected=reconnected,
        tick_when_back=back_at,
        resumed=resumed,
        settled=settled,
        full_runs_on_reconnect=full_runs,
        exceptions=app.exceptions(),
    )
    assert not ticking.timed_out, "the fragment ticked before the connection was cut"
    assert reconnected, "the page connected again by itself"
    assert not resumed.timed_out, "the fragment ticks again after the reconnect"
    assert not settled.timed_out, "the app answers after the reconnect"
    assert full_runs == check.expect("full_runs"), f"expected: {check.variant().statement}"
    assert settled["SESSION"] == before["SESSION"], "the page is back in its own session"
