"""EXT-05: a fragment's first write to an outside container during a fragment rerun raises."""

import pytest


@pytest.mark.clause("EXT-05")
def test_first_outside_write_in_fragment_rerun_raises(app, check):
    before = app.markers()
    app.click("Write outside")
    after = app.wait_for(FRAG=before["FRAG"] + 1)
    settled = app.barrier()
    shown = app.exceptions()
    error = shown[0]["error"] if shown else None
    observed = check.saw(check.variant_named_by(error=error) or error if error else "no-error")
    check.observe(before=before, after=after, settled=settled, exceptions=shown)
    assert not after.timed_out, "the fragment rerun finished"
    assert observed == check.variant().name, f"expected {check.variant().statement}"
    assert len(shown) == 1 and check.expect("message") in shown[0]["message"], (
        f"one exception, reading {check.variant().statement}"
    )
    assert settled.all("LATE") == [], "nothing was written into the outside container"
    assert str(before["FRAG_END"] + 1) not in settled.all("FRAG_END"), "the fragment run stopped at the write"
    assert settled["FULL"] == before["FULL"], "the error did not cause a full run"
