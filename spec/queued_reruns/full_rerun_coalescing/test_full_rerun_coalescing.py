"""QUEUE-05: a full-app request still waiting when a fragment request comes in: up to 1.36 it is dropped, up to
1.62 the two become one fragment run (only the button's callback runs), from 1.63 the full run wins."""

import pytest

SERVER_OPTIONS = ("--runner.fastReruns", "false")  # requests wait for the next yield instead of stopping the run


@pytest.mark.clause("QUEUE-05")
def test_pending_full_run_meets_a_fragment_request(app, check):
    before = app.markers()
    app.click("Slow run")
    running = app.wait_for_shown(SLOW_STARTED=(before["SLOW_STARTED"] or 0) + 1)
    app.click("Full run")
    app.click("Count B")
    after = app.wait_for(at_least={"B_RUNS": before["B_RUNS"] + 1})
    settled = app.barrier()
    full_runs = settled["FULL"] - before["FULL"]
    callbacks = settled["CALLBACKS"] - before["CALLBACKS"]
    observed = {(0, 0): "dropped", (0, 1): "becomes-fragment-run", (1, 1): "full-run-wins"}.get(
        (full_runs, callbacks), f"other:{full_runs}-full-{callbacks}-callbacks"
    )
    check.saw(observed)
    check.observe(
        full_runs=full_runs, callbacks=callbacks, before=before, running=running, after=after, settled=settled
    )
    assert not running.timed_out, "the slow fragment run was seen in progress"
    assert not after.timed_out, "the queued requests were served: fragment B ran"
    assert observed == check.variant().name, f"expected {check.variant().statement}"
