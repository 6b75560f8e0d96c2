"""MULTI-01, MULTI-02: fragments rerun independently of their siblings and of other calls of the same function."""

import pytest


@pytest.mark.clause("MULTI-01")
def test_sibling_fragment_is_left_alone(app, check):
    before = app.markers()
    app.click("Left button")
    after = app.wait_for(LEFT=before["LEFT"] + 1)
    app.click("Right button")
    later = app.wait_for(RIGHT=before["RIGHT"] + 1)
    settled = app.barrier()
    check.observe(before=before, after_left=after, after_right=later, settled=settled)
    assert not after.timed_out and not later.timed_out, "each fragment reran when its own button was clicked"
    assert after["RIGHT"] == before["RIGHT"], "a click in the left fragment did not rerun the right one"
    assert settled["LEFT"] == before["LEFT"] + 1, "a click in the right fragment did not rerun the left one"
    assert settled["FULL"] == before["FULL"], "no full run happened"


@pytest.mark.clause("MULTI-02")
def test_two_calls_of_one_function_are_two_fragments(app, check):
    before = app.markers()
    app.click("Tile ONE button")
    after = app.wait_for(TILE_ONE=before["TILE_ONE"] + 1)
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    assert not after.timed_out, "the first call site reran"
    assert settled["TILE_TWO"] == before["TILE_TWO"], "the second call site of the same function did not rerun"
    assert settled["TILE_ONE"] == before["TILE_ONE"] + 1, "the first call site ran exactly once"
    assert settled["FULL"] == before["FULL"], "no full run happened"
