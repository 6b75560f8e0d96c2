"""EXT-01, EXT-04, EXT-06 in an app built like a real one: a fragment in a column reports events into a panel
the main script made in another column, among a sidebar, an image, a chart and info boxes."""

import pytest

REPORTS = 2
BOX = {"BOX_HEAD", "EVT", "BOX_TAIL"}


def _report(app, before):
    snaps = []
    for n in range(1, REPORTS + 1):
        app.click("Report event")
        snaps.append(app.wait_for(FRAG=before["FRAG"] + n))
    return snaps


@pytest.mark.clause("EXT-01")
def test_reported_events_pile_up_in_the_panel_until_a_full_run(app, check):
    before = app.markers()
    snaps = _report(app, before)
    settled = app.barrier()
    box = app.marker_sequence(BOX)
    check.observe(before=before, settled=settled, box=box)
    assert not any(s.timed_out for s in snaps), "every report reran the controls"
    assert settled.all("EVT") == [str(n) for n in range(before["FRAG"], before["FRAG"] + REPORTS + 1)], (
        "each rerun added its event to the panel and the earlier ones stayed"
    )
    assert settled["FULL"] == before["FULL"], "no full run happened"


@pytest.mark.clause("EXT-04")
def test_the_reported_event_is_replaced_in_place_in_the_panel(app, check):
    before = app.markers()
    snaps = _report(app, before)
    settled = app.barrier()
    box = app.marker_sequence(BOX)
    check.observe(before=before, settled=settled, box=box)
    assert not any(s.timed_out for s in snaps), "every report reran the controls"
    last, full = before["FRAG"] + REPORTS, before["FULL"]
    assert box == [f"BOX_HEAD={full}", f"EVT={last}", f"BOX_TAIL={full}"], (
        "the panel holds the last event, where the full run put it, between the main script's lines"
    )
    assert settled["FULL"] == full, "no full run happened"


@pytest.mark.clause("EXT-06")
def test_refreshing_the_board_leaves_one_event_in_the_panel(app, check):
    before = app.markers()
    snaps = _report(app, before)
    app.click("Refresh board")
    after = app.wait_for(FULL=before["FULL"] + 1, TAIL=before["TAIL"] + 1)
    box = app.marker_sequence(BOX)
    check.observe(before=before, after=after, box=box)
    assert not any(s.timed_out for s in snaps) and not after.timed_out, "the reports and the full run finished"
    assert box == [f"BOX_HEAD={after['FULL']}", f"EVT={after['FRAG']}", f"BOX_TAIL={after['FULL']}"], (
        "after a full run the panel holds only what that run wrote, in its order"
    )
