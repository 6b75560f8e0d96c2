"""TIMER-10: an automatic rerun for a fragment id that is no longer registered.

A browser timer only sends a stale id when its tick crosses the full run that moved the fragment, which
is a race. To make it deterministic the check records the WebSocket messages the page sends while only the
timer is active (the auto-rerun request, byte for byte) and sends one again later, on the same socket, as a
late tick would. A replay while the id is still registered must rerun the fragment: that shows the replay
is served as an ordinary automatic rerun.
"""

import pytest

_RECORD_JS = """
() => {
  window.__kitPhase = "ticks";
  window.__kitFrames = [];
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    window.__kitSocket = this;
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data.slice(0))
      : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength))
      : null;
    if (bytes) window.__kitFrames.push({phase: window.__kitPhase, bytes});
    return send.call(this, data);
  };
}
"""

# The most frequent frame sent while only the timer was active: the auto-rerun request.
_PICK_JS = """
() => {
  const counts = new Map();
  for (const f of window.__kitFrames) {
    if (f.phase !== "ticks") continue;
    const key = Array.from(f.bytes).join(",");
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  let best = null, n = 0;
  for (const [key, c] of counts) if (c > n) { best = key; n = c; }
  window.__kitTick = best ? new Uint8Array(best.split(",").map(Number)) : null;
  return {sent_in_phase: [...counts.values()].reduce((a, b) => a + b, 0), tick_copies: n,
          tick_bytes: window.__kitTick ? window.__kitTick.length : 0};
}
"""

_REPLAY_JS = "() => { window.__kitSocket.send(window.__kitTick); return true; }"

VARIANT_OF_ERROR = {"RuntimeError": "runtime-error", "": "dropped"}


@pytest.mark.clause("TIMER-10")
def test_auto_rerun_for_an_unregistered_fragment(app, check):
    start = app.markers()
    app.page.evaluate(_RECORD_JS)
    ticking = app.wait_for(at_least={"FRAG": start["FRAG"] + 3}, idle=False, timeout_ms=15_000)
    app.page.evaluate("() => { window.__kitPhase = 'actions'; }")
    picked = app.page.evaluate(_PICK_JS)
    app.click("Stop ticking")
    app.wait_for(FULL=start["FULL"] + 1, TAIL=start["TAIL"] + 1)
    stopped = app.barrier()  # a tick already on its way has been served
    app.page.evaluate(_REPLAY_JS)
    control = app.wait_for(FRAG=stopped["FRAG"] + 1)
    app.click("Move")
    moved = app.wait_for(FULL=start["FULL"] + 2, MOVED="yes")
    moved = app.barrier()
    app.page.evaluate(_REPLAY_JS)
    settled = app.barrier()
    shown = app.exceptions()
    error = shown[0]["error"] if shown else ""
    message = shown[0]["message"] if shown else ""
    ran = settled["FRAG"] - moved["FRAG"]
    if error == "" and ran == 0:
        observed = "dropped"
    elif error == "RuntimeError" and "Could not find fragment" in message:
        observed = "runtime-error"
    else:
        observed = f"other:{error or 'no-error'}:{ran}-runs"
    check.saw(observed)
    check.observe(error=error, message=message, fragment_runs_after_replay=ran, picked=picked,
                  ticking=ticking, stopped=stopped, control=control, moved=moved, settled=settled, exceptions=shown)
    assert picked["tick_copies"] >= 1, "the timer's auto-rerun request was recorded"
    assert not control.timed_out, "replaying the recorded tick while the id is registered reruns the fragment"
    assert moved["MOVED"] == "yes", "the click on Move reran the script without the fragment"
    # TAIL, not FULL: where the error is shown it takes the place of the first element (FULL)
    assert settled["TAIL"] == moved["TAIL"], "the stale tick did not cause a full run"
    assert error == check.expect("error"), f"expected {check.variant().statement}"
    assert observed == check.variant().name, f"expected {check.variant().statement}"
