"""SCOPE-06: balloons and snow written outside a fragment do not fire again when the fragment reruns."""

import pytest

from conformance.adapter import BALLOONS, SNOW


@pytest.mark.clause("SCOPE-06")
def test_outside_balloons_and_snow_do_not_fire_on_fragment_rerun(app, check):
    app.watch_insertions(f"{BALLOONS}, {SNOW}")
    before = app.markers()
    app.click("Outer button")
    full = app.wait_for(FULL=before["FULL"] + 1)
    fired_by_full_run = app.insertions()
    app.click("Fragment button")
    app.wait_for(FRAG=full["FRAG"] + 1)
    app.click("Fragment button")
    after = app.wait_for(FRAG=full["FRAG"] + 2)
    settled = app.barrier()
    fired_by_fragment_runs = app.insertions() - fired_by_full_run
    check.observe(
        fired_by_full_run=fired_by_full_run,
        fired_by_fragment_runs=fired_by_fragment_runs,
        before=before,
        after=after,
        settled=settled,
    )
    assert fired_by_full_run >= 2, "a full run fires balloons and snow (shows the effects can be seen)"
    assert not after.timed_out, "the fragment reran twice"
    assert fired_by_fragment_runs == 0, "fragment reruns fire no balloons or snow"
