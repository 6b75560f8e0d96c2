"""SCOPE-01, RERUN-01 in the tutorial "trigger a full-script rerun from inside a fragment": another day of
the same month reruns only the fragment; a day of another month reruns the whole app."""

import pytest


@pytest.mark.clause("SCOPE-01")
def test_day_in_same_month_reruns_only_the_fragment(app, check):
    before = app.markers()
    app.enter_date("2024/01/15")
    after = app.wait_for(DAY="2024-01-15")
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    assert not after.timed_out, "the fragment showed the picked day"
    assert settled["FRAG"] == before["FRAG"] + 1, "the fragment ran once"
    assert settled["FULL"] == before["FULL"], "the main script did not run"
    assert settled["MONTH"] == before["MONTH"] == "2024-01", "the monthly summary still shows the same month"
    assert settled["DAY_SALES"] != before["DAY_SALES"], "the daily figure follows the picked day"


@pytest.mark.clause("RERUN-01")
def test_day_in_other_month_reruns_the_whole_app(app, check):
    before = app.markers()
    app.enter_date("2024/03/10")
    after = app.wait_for(DAY="2024-03-10", MONTH="2024-03")
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    assert not after.timed_out, "the page showed the new month and the picked day"
    assert settled["FULL"] == before["FULL"] + 1, "st.rerun() in the fragment made exactly one full run"
    assert settled["MONTH_TOTAL"] != before["MONTH_TOTAL"], "the main script's monthly total was recomputed"
    assert settled["FRAG"] == before["FRAG"] + 1, "the daily view was drawn once more, by the full run"
