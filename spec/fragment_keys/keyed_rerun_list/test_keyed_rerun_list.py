"""KEY-02: `st.rerun([k1, k2])` from a widget callback reruns just the fragments with those keys (1.63+)."""

import pytest


@pytest.mark.clause("KEY-02")
def test_rerun_with_a_list_of_keys_reruns_just_those_fragments(app, check):
    before = app.markers()
    app.click("Rerun left and right")
    after = app.wait_for(LEFT=before["LEFT"] + 1, RIGHT=before["RIGHT"] + 1)
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    assert before["KEYS"] == "supported", "fragments take a key"
    assert not after.timed_out, "both named fragments reran"
    assert settled["LEFT"] == before["LEFT"] + 1 and settled["RIGHT"] == before["RIGHT"] + 1, "each ran once"
    assert settled["MIDDLE"] == before["MIDDLE"], "the keyed fragment not named did not run"
    assert settled["FULL"] == before["FULL"] and settled["TAIL"] == before["TAIL"], "the main script did not run"
