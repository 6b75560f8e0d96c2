"""RET-02: a fragment rerun calls the function with the arguments of its most recent full-run call."""

import pytest


@pytest.mark.clause("RET-02")
def test_rerun_uses_latest_args(app, check):
    first = app.markers()
    app.click("Outer button")
    full = app.wait_for(FULL=first["FULL"] + 1)
    app.click("Fragment button")
    rerun = app.wait_for(FRAG=full["FRAG"] + 1)
    settled = app.barrier()
    check.observe(first=first, after_full_run=full, after_fragment_rerun=rerun, settled=settled)
    assert not full.timed_out and not rerun.timed_out, "the full run and the fragment rerun finished"
    assert first["ARG"] == first["FULL"] and full["ARG"] == full["FULL"], "each full run passed its own argument"
    assert settled["ARG"] == full["FULL"], "the fragment rerun got the argument of the last full run, not an older one"
    assert settled["FULL"] == full["FULL"], "no full run happened"
