"""CONN-02: when the server restarts, the app runs again in the new server and its fragments work."""

import pytest

OWN_SERVER = True  # the check restarts it
ROUTED_CONNECTION = True  # the harness counts the page's connections, to see it connect to the new server
SHOWN = ("BOOT", "SESSION", "PRESSES", "FRAG", "TICK", "TAIL")


@pytest.mark.clause("CONN-02")
def test_after_a_restart_the_app_runs_again_and_its_fragment_works(app, check):
    pressed = app.click_for_run("Count", PRESSES=1)
    before = app.barrier(drawn=SHOWN)
    pid = app.restart_server()
    rerun = app.wait_for(BOOT=pid, drawn=SHOWN)
    app.click("Count")
    after = app.wait_for(BOOT=pid, PRESSES=1, FRAG=(rerun["FRAG"] or 0) + 1)
    shown = app.exceptions()
    stale = [e for e in shown if e["message"].startswith("Could not find fragment with id")]
    check.saw("old-page-kept" if rerun.timed_out else "stale-tick-error" if stale else "runs-again")
    check.observe(
        pressed=pressed,
        before=before,
        server_pid=pid,
        reconnected=app.reconnected,
        rerun=rerun,
        after=after,
        exceptions=shown,
    )
    assert not pressed.timed_out, "the fragment's button worked before the restart"
    assert app.reconnected, "the page connected to the new server by itself"
    assert not rerun.timed_out, "the app ran again in the new server"
    assert rerun["SESSION"] != before["SESSION"] and rerun["PRESSES"] == 0, "in a new session"
    assert not after.timed_out, "the fragment's button works in the new session"
    assert (after["FULL"], after["TAIL"]) == (rerun["FULL"], rerun["TAIL"]), "its press reran the fragment alone"
    assert shown == [], "no error is shown"


@pytest.mark.clause("CONN-02")
def test_after_a_restart_the_timer_ticks_again(app, check):
    ticking = app.wait_for(at_least={"TICK": 3}, idle=False)
    pid = app.restart_server()
    rerun = app.wait_for(BOOT=pid, drawn=SHOWN)
    # The new session's own ticks: until its first run is drawn, the page may still show the old session's count.
    resumed = app.wait_for(SESSION=rerun["SESSION"], at_least={"TICK": (rerun["TICK"] or 0) + 2}, idle=False)
    settled = app.barrier(drawn=SHOWN)
    shown = app.exceptions()
    check.saw("runs-again" if not rerun.timed_out else "old-page-kept")
    check.observe(
        ticking=ticking,
        server_pid=pid,
        reconnected=app.reconnected,
        rerun=rerun,
        resumed=resumed,
        settled=settled,
        exceptions=shown,
    )
    assert not ticking.timed_out, "the fragment ticked before the restart"
    assert app.reconnected, "the page connected to the new server by itself"
    assert not rerun.timed_out, "the app ran again in the new server"
    assert rerun["SESSION"] != ticking["SESSION"], "in a new session"
    assert not resumed.timed_out, "the fragment ticks in the new session"
    assert (settled["FULL"], settled["TAIL"]) == (resumed["FULL"], resumed["TAIL"]), (
        "the ticks reran the fragment alone"
    )
    assert shown == [], "no error is shown"
