"""RET-01: a fragment call returns the function's value in full runs; fragment reruns discard it."""

import pytest


@pytest.mark.clause("RET-01")
def test_full_run_call_returns_value(app, check):
    first = app.markers()
    app.click("Outer button")
    again = app.wait_for(FULL=first["FULL"] + 1)
    check.observe(first=first, again=again)
    assert not again.timed_out, "the full run finished"
    assert first["RESULT"] == first["FRAG"], "the first full run got the value the fragment returned"
    assert again["RESULT"] == again["FRAG"] == first["FRAG"] + 1, "a later full run got that run's value"


@pytest.mark.clause("RET-01")
def test_fragment_rerun_discards_return_value(app, check):
    before = app.markers()
    app.click("Fragment button")
    after = app.wait_for(FRAG=before["FRAG"] + 1)
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    assert not after.timed_out, "the fragment reran"
    assert settled["RESULT"] == before["RESULT"], "the main script still shows the full run's result"
    assert settled["USED"] == before["USED"], "code that used the result did not run again"
    assert settled["FULL"] == before["FULL"], "no full run happened"
