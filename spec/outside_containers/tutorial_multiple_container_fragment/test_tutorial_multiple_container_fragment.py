"""EXT-01, EXT-04, EXT-02 in the tutorial "create a fragment across multiple containers": one fragment
writes into two columns and an `st.empty` status line made by the main script."""

import pytest

ROLLS = 2


def _roll(app, before, count):
    snaps = []
    for i in range(count):
        app.click("Roll")
        snaps.append(app.wait_for(FRAG=before["FRAG"] + i + 1))
    return snaps


@pytest.mark.clause("EXT-01")
def test_rolls_accumulate_in_columns_until_full_run(app, check):
    before = app.markers()
    snaps = _roll(app, before, ROLLS)
    settled = app.barrier()
    columns = app.marker_sequence({"A_HEAD", "A_TURN", "B_HEAD", "B_TURN"})
    check.observe(before=before, settled=settled, columns=columns)
    assert not any(s.timed_out for s in snaps), "every roll finished"
    full, turns = before["FULL"], range(before["FRAG"], before["FRAG"] + ROLLS + 1)
    assert columns == [
        f"A_HEAD={full}",
        *(f"A_TURN={t}" for t in turns),
        f"B_HEAD={full}",
        *(f"B_TURN={t}" for t in turns),
    ], "each roll added a line to each column, below the earlier ones (1 + N per column)"
    assert settled["FULL"] == full, "rolling did not rerun the app"


@pytest.mark.clause("EXT-04")
def test_rolls_replace_column_lines_in_place(app, check):
    before = app.markers()
    snaps = _roll(app, before, ROLLS)
    settled = app.barrier()
    columns = app.marker_sequence({"A_HEAD", "A_TURN", "B_HEAD", "B_TURN"})
    check.observe(before=before, settled=settled, columns=columns)
    assert not any(s.timed_out for s in snaps), "every roll finished"
    full, last = before["FULL"], before["FRAG"] + ROLLS
    assert columns == [f"A_HEAD={full}", f"A_TURN={last}", f"B_HEAD={full}", f"B_TURN={last}"], (
        "each column shows only the last roll, below the main script's line"
    )
    assert settled["FULL"] == full, "rolling did not rerun the app"


@pytest.mark.clause("EXT-02")
def test_status_line_shows_only_latest_roll(app, check):
    before = app.markers()
    snaps = _roll(app, before, ROLLS)
    settled = app.barrier()
    check.observe(before=before, settled=settled, status=settled.all("STATUS_TURN"), leaders=settled.all("LEADER"))
    assert not any(s.timed_out for s in snaps), "every roll finished"
    last = before["FRAG"] + ROLLS
    assert settled.all("STATUS_TURN") == [str(last)] and len(settled.all("LEADER")) == 1, (
        "the st.empty status line holds one element: the last roll's"
    )
    assert settled["FULL"] == before["FULL"], "rolling did not rerun the app"
