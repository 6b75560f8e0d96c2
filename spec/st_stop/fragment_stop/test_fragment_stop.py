"""STOP-01: st.stop() in a fragment ends a fragment rerun only, and a full run entirely."""

import pytest


@pytest.mark.clause("STOP-01")
def test_stop_in_fragment_rerun_ends_only_that_run(app, check):
    before = app.markers()
    app.click("Stop in fragment")
    stopped = app.wait_for(FRAG_START=before["FRAG_START"] + 1)
    settled = app.barrier()
    check.observe(before=before, stopped=stopped, settled=settled, exceptions=app.exceptions())
    assert not stopped.timed_out, "the fragment reran after its button was clicked"
    assert settled.all("FRAG_REST") == [], "the fragment's output after st.stop() was removed"
    assert settled["FRAG_START"] == before["FRAG_START"] + 1, "the fragment ran once"
    for name in ("FULL", "BEFORE", "AFTER", "TAIL"):
        assert settled.all(name) == before.all(name), f"{name} outside the fragment stayed as it was"
    assert app.exceptions() == [], "st.stop() shows no error"


@pytest.mark.clause("STOP-01")
def test_stop_in_fragment_during_full_run_stops_the_script(app, check):
    before = app.markers()
    app.click("Stop on next full run")
    after = app.wait_for(FULL=before["FULL"] + 1, FRAG_START=before["FRAG_START"] + 1)
    check.observe(before=before, after=after, exceptions=app.exceptions())
    assert not after.timed_out, "the full run began the fragment again"
    assert after["BEFORE"] == after["FULL"], "main code before the fragment call ran"
    assert after["FRAG_REST"] in (None, before["FRAG_REST"]), "the fragment body stopped at st.stop()"
    assert after.all("AFTER") == [] and after.all("TAIL") == [], "main code after the fragment call did not run"
    assert after.all("BARRIER") == [], "the last fragment of the script did not run"
    assert app.exceptions() == [], "st.stop() shows no error"
