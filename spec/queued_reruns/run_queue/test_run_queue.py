"""QUEUE-01, QUEUE-02, QUEUE-03, QUEUE-04: what happens to clicks made while another run is going on.

The fixture app opens a window of about 2.5 s (a slow fragment run, or a slow full run) and the checks click
during it without waiting; the server-side run log then tells which runs happened, in which order.
"""

import pytest

SLOW_MS = 2500  # the length of the app's slow section (25 steps of 0.1 s)


def _show_log(app) -> list[tuple[str, int]]:
    """Click the Show log fragment; the app's run log as (entry, ms since the session began)."""
    before = app.markers()["SHOWN"]
    app.click("Show log")
    snap = app.wait_for(at_least={"SHOWN": before + 1})
    if snap.timed_out or not snap["LOG"]:
        return []
    return [(name, int(ms)) for name, _, ms in (e.rpartition(":") for e in snap["LOG"].split(","))]


def _names_since(log, count: int) -> list[str]:
    """The names of the log entries after the first `count` ones."""
    return [name for name, _ in log[count:]]


def _slow_fragment_window(app, check):
    """Start a slow run of fragment A; once it is seen running, the markers and the log length before it."""
    start_log = len(_show_log(app))
    before = app.markers()
    app.click("Slow A button")
    running = app.wait_for_shown(A_SLOW_STARTED=(before["A_SLOW_STARTED"] or 0) + 1)
    check.observe(before=before, running=running)
    assert not running.timed_out, "the slow fragment run was seen running"
    return before, start_log


@pytest.mark.clause("QUEUE-01")
def test_fragment_clicks_wait_for_the_running_run_and_keep_their_order(app, check):
    before, start = _slow_fragment_window(app, check)
    app.click("B button")
    app.click("C button")
    done = app.wait_for(A_SLOW=(before["A_SLOW"] or 0) + 1, C=before["C"] + 1)
    settled = app.barrier()
    runs = _names_since(_show_log(app), start)
    check.observe(done=done, settled=settled, runs=runs)
    assert not done.timed_out, "the slow run finished and the queued reruns ran"
    assert runs[:2] == ["a", "a_slow_end"], "the running fragment run was not interrupted by the queued clicks"
    assert [r[0] for r in runs[2:]] == ["b", "c"], "the queued fragments ran afterwards, once each, in click order"
    assert settled["FULL"] == before["FULL"] and settled["TAIL"] == before["TAIL"], "no full run happened"


@pytest.mark.clause("QUEUE-02")
def test_clicks_on_different_buttons_during_a_run_are_all_kept(app, check):
    before, start = _slow_fragment_window(app, check)
    app.click("B button")
    app.click("B other button")
    app.click("C button")
    done = app.wait_for(A_SLOW=(before["A_SLOW"] or 0) + 1, C=before["C"] + 1)
    settled = app.barrier()
    runs = _names_since(_show_log(app), start)
    kept = {("b12", "c"): "all-kept", ("b0", "c"): "last-click-only"}.get(tuple(runs[2:]), "other")
    check.saw(kept)
    check.observe(done=done, settled=settled, runs=runs)
    assert not done.timed_out, "the slow run finished and the queued reruns ran"
    assert kept == check.variant().name, f"expected: {check.variant().statement}"
    assert settled["FULL"] == before["FULL"], "no full run happened"


@pytest.mark.clause("QUEUE-02")
def test_repeated_clicks_on_one_button_during_a_run_merge(app, check):
    before, start = _slow_fragment_window(app, check)
    for _ in range(3):
        app.click("B button")
    done = app.wait_for(A_SLOW=(before["A_SLOW"] or 0) + 1, B=before["B"] + 1)
    settled = app.barrier()
    runs = _names_since(_show_log(app), start)
    check.observe(done=done, settled=settled, runs=runs)
    assert not done.timed_out, "the slow run finished and the queued rerun ran"
    assert runs[2:] == ["b1"], "three clicks on one button during a run gave one fragment run that saw the click"
    assert settled["B"] == before["B"] + 1, "fragment B ran exactly once"
    assert settled["FULL"] == before["FULL"], "no full run happened"


@pytest.mark.clause("QUEUE-03")
def test_full_app_click_stops_a_running_fragment(app, check):
    before, start = _slow_fragment_window(app, check)
    app.click("Outer button")
    done = app.wait_for(FULL=before["FULL"] + 1, TAIL=before["TAIL"] + 1)
    settled = app.barrier()
    log = _show_log(app)[start:]
    runs = [name for name, _ in log]
    started_after_ms = log[1][1] - log[0][1] if len(log) > 1 else None
    check.observe(done=done, settled=settled, runs=runs, full_started_after_ms=started_after_ms)
    assert not done.timed_out, "the full run finished"
    assert runs[:2] == ["a", "full"], "the slow fragment run was stopped and the full run came next"
    assert "a_slow_end" not in runs, "the stopped fragment run never reached its end"
    assert settled["A_SLOW"] == before["A_SLOW"], "the slow fragment run did not finish"
    assert started_after_ms is not None and started_after_ms < SLOW_MS, (
        "the full run began before the slow run would have ended"
    )
    assert settled["FULL"] == before["FULL"] + 1, "exactly one full run happened"


@pytest.mark.clause("QUEUE-04")
def test_fragment_click_waits_for_a_running_full_run(app, check):
    start = len(_show_log(app))
    before = app.markers()
    app.click("Slow outer button")
    running = app.wait_for_shown(FULL_SLOW_STARTED=(before["FULL_SLOW_STARTED"] or 0) + 1)
    check.observe(before=before, running=running)
    assert not running.timed_out, "the slow full run was seen running"
    app.click("B button")
    done = app.wait_for(FULL_SLOW=(before["FULL_SLOW"] or 0) + 1, B=before["B"] + 2)
    settled = app.barrier()
    runs = _names_since(_show_log(app), start)
    check.observe(done=done, settled=settled, runs=runs)
    assert not done.timed_out, "the slow full run finished and the fragment reran"
    assert runs == ["full", "a", "b0", "c", "full_slow_end", "tail", "b1"], (
        "the full run ran to its end, then fragment B reran once with its click"
    )
    assert settled["FULL"] == before["FULL"] + 1, "the full run was not restarted"
