"""RERUN-01, RERUN-02, RERUN-06: `st.rerun()` and `st.rerun(scope="fragment")` called inside a fragment."""

import pytest


@pytest.mark.clause("RERUN-01")
def test_app_rerun_in_fragment_rerun_reruns_the_whole_app(app, check):
    before = app.markers()
    app.click("Rerun app")
    after = app.wait_for(FULL=before["FULL"] + 1, TAIL=before["TAIL"] + 1)
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    assert not after.timed_out, "st.rerun() in a fragment rerun started a full run"
    assert settled["FULL"] == before["FULL"] + 1, "exactly one full run followed"
    assert settled["TAIL"] == before["TAIL"] + 1, "the full run reached the code after the fragment"
    assert settled["FRAG"] == before["FRAG"] + 2, "the fragment ran twice: its own rerun, then inside the full run"
    assert settled["AFTER_APP_RERUN"] == 0, "the fragment stopped at st.rerun()"


@pytest.mark.clause("RERUN-01")
def test_app_rerun_in_fragment_during_full_run_stops_and_reruns(app, check):
    before = app.markers()
    app.click("Full run with app rerun in fragment")
    after = app.wait_for(FULL=before["FULL"] + 2)
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    assert not after.timed_out, "st.rerun() in the fragment during a full run started another full run"
    assert settled["FULL"] == before["FULL"] + 2, "two full runs: the clicked one and the one st.rerun() asked for"
    assert settled["TAIL"] == before["TAIL"] + 1, "the interrupted full run did not reach the code after the fragment"
    assert settled["AFTER_APP_RERUN"] == 0, "the fragment stopped at st.rerun()"


@pytest.mark.clause("RERUN-02")
def test_fragment_scoped_rerun_reruns_only_the_fragment(app, check):
    before = app.markers()
    app.click("Rerun fragment")
    after = app.wait_for(FRAG=before["FRAG"] + 2)
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled, scope_arg=settled["SCOPE_ARG"])
    assert settled["SCOPE_ARG"] is None, "st.rerun accepts scope="
    assert not after.timed_out, "the fragment ran again after st.rerun(scope='fragment')"
    assert settled["FRAG"] == before["FRAG"] + 2, "the fragment ran twice: the click, then the scoped rerun"
    assert settled["SCOPED_CALLS"] == 1, "the scoped rerun was requested once (no rerun loop)"
    assert settled["AFTER_SCOPED_RERUN"] == 0, "the fragment run stopped at st.rerun(scope='fragment')"
    assert settled["FULL"] == before["FULL"], "the main script did not run"
    assert settled["TAIL"] == before["TAIL"], "code after the fragment did not run"


@pytest.mark.clause("RERUN-06")
def test_app_rerun_is_not_caught_by_except_exception(app, check):
    before = app.markers()
    app.click("Rerun app in try")
    after = app.wait_for(FULL=before["FULL"] + 1, TAIL=before["TAIL"] + 1)
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    assert not after.timed_out, "st.rerun() inside try/except Exception still started a full run"
    assert settled["SWALLOWED"] == 0, "except Exception did not catch st.rerun()'s control-flow exception"
    assert settled["FULL"] == before["FULL"] + 1, "exactly one full run followed"
