"""ERR-03: an exception in one fragment of a run does not stop the fragments queued after it (1.37+)."""

import pytest


@pytest.mark.clause("ERR-03")
def test_error_in_a_queued_fragment_does_not_stop_the_next(app, check):
    before = app.markers()
    app.click("Slow run")
    running = app.wait_for_shown(SLOW_STARTED=(before["SLOW_STARTED"] or 0) + 1)
    app.click("Fail A")
    app.click("Count B")
    after = app.wait_for(B_RUNS=before["B_RUNS"] + 1)
    settled = app.barrier()
    errors = app.exceptions()
    check.observe(before=before, running=running, after=after, settled=settled, exceptions=errors)
    assert not running.timed_out, "the slow fragment run was seen in progress"
    assert not after.timed_out, "B ran after A raised"
    assert settled["B_WITH"] == "A+B", "A and B were served together, in one run: A, then B"
    assert [(e["error"], e["message"], e["after"]) for e in errors] == [
        ("ValueError", "kit-queued-failure", "A_RUNS")
    ], "A's exception is shown once, inside A"
    assert settled["FULL"] == before["FULL"] and settled["TAIL"] == before["TAIL"], "the main script did not run"
