"""EXT-02: a fragment writing into an outside `st.empty()` replaces its single element; nothing accumulates."""

import pytest

RERUNS = 3


@pytest.mark.clause("EXT-02")
def test_outside_empty_holds_only_latest_write(app, check):
    before = app.markers()
    snaps = []
    for i in range(RERUNS):
        app.click("Fragment button")
        snaps.append(app.wait_for(FRAG=before["FRAG"] + i + 1))
    settled = app.barrier()
    order = [n for n in app.marker_names() if n in ("FULL", "SLOT", "FRAG", "AFTER")]
    check.observe(before=before, settled=settled, slots=settled.all("SLOT"), order=order)
    assert not any(s.timed_out for s in snaps), "every fragment rerun finished"
    assert before.all("SLOT") == [str(before["FRAG"])], "the full run filled the placeholder"
    assert settled.all("SLOT") == [str(before["FRAG"] + RERUNS)], "the placeholder shows only the latest write"
    assert order == ["FULL", "SLOT", "FRAG", "AFTER"], "the placeholder stays where the main script made it"
    assert settled["FULL"] == before["FULL"], "no full run happened"
