"""EXT-01, EXT-04, EXT-06: what a fragment's writes into a container made by the main script do over reruns."""

import pytest

RERUNS = 2


def _fragment_reruns(app, before, count):
    snaps = []
    for i in range(count):
        app.click("Fragment button")
        snaps.append(app.wait_for(FRAG=before["FRAG"] + i + 1))
    return snaps


@pytest.mark.clause("EXT-01")
def test_outside_writes_accumulate_until_full_run(app, check):
    before = app.markers()
    snaps = _fragment_reruns(app, before, RERUNS)
    settled = app.barrier()
    box = app.marker_sequence({"BOX_HEAD", "EXT", "BOX_TAIL"})
    check.observe(before=before, settled=settled, box=box, ext_lines=len(settled.all("EXT")))
    assert not any(s.timed_out for s in snaps), "every fragment rerun finished"
    assert before.all("EXT") == ["1"], "the full run wrote one line into the outside container"
    assert settled.all("EXT") == [str(n) for n in range(1, RERUNS + 2)], (
        "each fragment rerun added its line and the earlier ones stayed (1 + N lines)"
    )
    assert settled["FULL"] == before["FULL"], "no full run happened"


@pytest.mark.clause("EXT-04")
def test_outside_writes_replaced_in_place(app, check):
    before = app.markers()
    snaps = _fragment_reruns(app, before, RERUNS)
    settled = app.barrier()
    box = app.marker_sequence({"BOX_HEAD", "EXT", "BOX_TAIL"})
    check.observe(before=before, settled=settled, box=box, ext_lines=len(settled.all("EXT")))
    assert not any(s.timed_out for s in snaps), "every fragment rerun finished"
    last = before["FRAG"] + RERUNS
    assert settled.all("EXT") == [str(last)], "the outside container holds only the last fragment run's line"
    assert box == [f"BOX_HEAD={before['FULL']}", f"EXT={last}", f"BOX_TAIL={before['FULL']}"], (
        "the fragment's line stays where the full run put it, between the main script's lines"
    )
    assert settled["FULL"] == before["FULL"], "no full run happened"


@pytest.mark.clause("EXT-06")
def test_full_rerun_rebuilds_outside_container(app, check):
    before = app.markers()
    snaps = _fragment_reruns(app, before, RERUNS)
    app.click("Outer button")
    after = app.wait_for(FULL=before["FULL"] + 1, FRAG=before["FRAG"] + RERUNS + 1)
    box = app.marker_sequence({"BOX_HEAD", "EXT", "BOX_TAIL"})
    check.observe(before=before, after=after, box=box)
    assert not any(s.timed_out for s in snaps) and not after.timed_out, "the reruns and the full run finished"
    full, last = after["FULL"], after["FRAG"]
    assert box == [f"BOX_HEAD={full}", f"EXT={last}", f"BOX_TAIL={full}"], (
        "after a full run the container holds only what that run wrote, in its order"
    )
