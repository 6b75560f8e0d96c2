"""NEST-02, NEST-03: nested fragments rerun scope, and the order of queued nested reruns."""

import pytest


def _show_log(app) -> list[str]:
    """Click the Show log fragment and return the app's run log (entries in the order the server ran them)."""
    before = app.markers()["SHOWN"]
    app.click("Show log")
    snap = app.wait_for(at_least={"SHOWN": before + 1})
    return (snap["LOG"] or "").split(",") if not snap.timed_out else ["<timed-out>"]


def _queued_order(entries: list[str]) -> str:
    """Which NEST-03 behaviour the runs after the slow run showed."""
    runs = {
        ("outer", "inner", "outer_end"): "descendant-skipped",
        ("outer", "inner", "outer_end", "inner"): "ordered",
        ("inner", "outer", "inner", "outer_end"): "click-order",
        ("inner", "outer", "inner"): "click-order",  # the inline rerun raised a duplicate id: no outer_end
    }
    return runs.get(tuple(entries), "other:" + ".".join(entries))


@pytest.mark.clause("NEST-02")
def test_outer_rerun_reruns_inner_inline(app, check):
    before = app.markers()
    app.click("Outer button")
    after = app.wait_for(OUTER=before["OUTER"] + 1)
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    assert not after.timed_out, "the outer fragment reran when its button was clicked"
    assert settled["OUTER"] == before["OUTER"] + 1, "the outer fragment ran exactly once"
    assert settled["INNER"] == before["INNER"] + 1, "the inner fragment ran inline, once, within the outer rerun"
    assert settled["FULL"] == before["FULL"], "the main script did not run"


@pytest.mark.clause("NEST-02")
def test_inner_rerun_reruns_only_inner(app, check):
    before = app.markers()
    app.click("Inner button")
    after = app.wait_for(INNER=before["INNER"] + 1)
    settled = app.barrier()
    log = _show_log(app)
    check.observe(before=before, after=after, settled=settled, log=log)
    assert not after.timed_out, "the inner fragment reran when its button was clicked"
    assert settled["INNER"] == before["INNER"] + 1, "the inner fragment ran exactly once"
    assert settled["OUTER"] == before["OUTER"], "the outer fragment did not run"
    assert settled["FULL"] == before["FULL"], "the main script did not run"
    assert log[-1] == "inner" and log.count("outer") == 1, (
        "the run log shows one inner run on its own after the full run"
    )


@pytest.mark.clause("NEST-03")
def test_queued_nested_reruns_run_ancestor_first(app, check):
    before = app.markers()
    app.click("Slow button")
    running = app.wait_for_shown(SLOW_STARTED=1)
    # inner first: click order alone would run the descendant before its ancestor
    app.click("Inner button")
    app.click("Outer button")
    done = app.wait_for(SLOW=1, OUTER=before["OUTER"] + 1)
    settled = app.barrier()
    log = _show_log(app)
    after_slow = log[log.index("slow_end") + 1 :] if "slow_end" in log else log
    observed = _queued_order(after_slow)
    check.saw(observed)
    check.observe(before=before, running=running, done=done, settled=settled, log=log, exceptions=app.exceptions())
    assert not running.timed_out and not done.timed_out, "the slow run finished and the queued outer rerun ran"
    assert observed == check.variant().name, f"expected: {check.variant().statement}"
    assert settled["FULL"] == before["FULL"], "queued fragment reruns did not turn into a full run"


@pytest.mark.clause("NEST-03")
def test_queued_child_its_parent_no_longer_calls_is_dropped(app, check):
    before = app.markers()
    app.click("Slow button")
    running = app.wait_for_shown(SLOW_STARTED=1)
    app.click("Inner button")
    app.click("Drop inner button")
    done = app.wait_for(SLOW=1, OUTER=before["OUTER"] + 1)
    settled = app.barrier()
    log = _show_log(app)
    after_slow = log[log.index("slow_end") + 1 :] if "slow_end" in log else log
    check.observe(before=before, running=running, done=done, settled=settled, log=log, exceptions=app.exceptions())
    assert not running.timed_out and not done.timed_out, "the slow run finished and the queued outer rerun ran"
    assert after_slow == ["outer", "outer_end"], (
        "the outer fragment ran first without its child, and the child's queued rerun was dropped"
    )
    assert settled["FULL"] == before["FULL"], "queued fragment reruns did not turn into a full run"
