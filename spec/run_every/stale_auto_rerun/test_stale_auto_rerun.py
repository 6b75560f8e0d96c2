"""TIMER-10: an automatic rerun for a fragment id that is no longer registered.

A browser timer only sends a stale id when its tick crosses the full run that moved the fragment, which
is a race. To make it deterministic the check records the WebSocket messages the page sends while only the
timer is active (the auto-rerun request, byte for byte) and sends one again later, on the same socket, as a
late tick would. A replay while the id is still registered must rerun the fragment: that shows the replay
is served as an ordinary automatic rerun.
"""

import pytest

from conformance.adapter import EXCEPTION


@pytest.mark.clause("TIMER-10")
def test_auto_rerun_for_an_unregistered_fragment(app, check):
    start = app.wait_for(drawn=("FULL", "FRAG", "TAIL"))  # FRAG ticks: read it once drawn
    app.record_frames()
    ticking = app.wait_for(at_least={"FRAG": start["FRAG"] + 3}, idle=False, timeout_ms=15_000)
    app.frames_phase("actions")
    picked = app.pick_frame("ticks")
    app.click("Stop ticking")
    app.wait_for(FULL=start["FULL"] + 1, TAIL=start["TAIL"] + 1)
    stopped = app.barrier()  # a tick already on its way has been served
    app.replay_frame()
    control = app.wait_for(FRAG=stopped["FRAG"] + 1)
    app.click("Move")
    moved = app.wait_for(FULL=start["FULL"] + 2, MOVED="yes")
    moved = app.barrier()
    app.watch_insertions(EXCEPTION)  # evidence: whether an error was drawn at all, should it be gone at the end
    app.replay_frame()
    settled = app.barrier()
    drawn = app.insertions()
    shown = app.exceptions()
    error = shown[0]["error"] if shown else ""
    message = shown[0]["message"] if shown else ""
    ran = settled["FRAG"] - moved["FRAG"]
    if error == "" and ran == 0:
        observed = check.variant_named_by(error="")
    elif error == "RuntimeError" and "Could not find fragment" in message:
        observed = check.variant_named_by(error="RuntimeError")
    else:
        observed = f"other:{error or 'no-error'}:{ran}-runs"
    check.saw(observed)
    check.observe(
        error=error,
        message=message,
        fragment_runs_after_replay=ran,
        errors_drawn_after_replay=drawn,
        picked=picked,
        ticking=ticking,
        stopped=stopped,
        control=control,
        moved=moved,
        settled=settled,
        exceptions=shown,
    )
    assert picked["copies"] >= 1, "the timer's auto-rerun request was recorded"
    assert not control.timed_out, "replaying the recorded tick while the id is registered reruns the fragment"
    assert moved["MOVED"] == "yes", "the click on Move reran the script without the fragment"
    # TAIL, not FULL: where the error is shown it takes the place of the first element (FULL)
    assert settled["TAIL"] == moved["TAIL"], "the stale tick did not cause a full run"
    assert error == check.expect("error"), f"expected {check.variant().statement}"
    assert observed == check.variant().name, f"expected {check.variant().statement}"
