"""TIMER-05, TIMER-04: the tutorial "Start and stop a streaming fragment".

What it promises: the Start button makes the fragment stream (rerun by itself every interval) because the
full run it triggers applies run_every from Session State; the Stop button stops it because that full run
applies run_every=None. Silence is judged over a known number of ticks of the app's clock fragment.
"""

import statistics

import pytest

from conformance import timing

QUIET_CLOCK_TICKS = 10  # 2.5 s: five stream intervals
# what the Start and Stop callbacks leave in Session State (a click whose full run was lost still ran them)
WANTS_ON, WANTS_OFF = {"WANTS_STREAMING": "on"}, {"WANTS_STREAMING": "off"}


def _disabled(app) -> dict:
    return {name: app.button(name).is_disabled() for name in ("Start streaming", "Stop streaming")}


@pytest.mark.clause("TIMER-05")
def test_start_button_starts_streaming_at_the_interval(app, check):
    before = app.wait_for(at_least={"CLOCK": 1, "ROWS": 1}, idle=True)
    quiet = app.wait_for(
        at_least={"CLOCK": before["CLOCK"] + QUIET_CLOCK_TICKS, "SEEN_ROWS": 0}, timeout_ms=20_000, idle=False
    )
    buttons_before = _disabled(app)
    check.observe(
        rows_while_stopped=(quiet["SEEN_ROWS"] or 0) - before["ROWS"], buttons_before=buttons_before, before=before
    )
    assert before["STREAMING"] == "off" and quiet["SEEN_ROWS"] == before["ROWS"], "nothing streamed before Start"
    assert buttons_before == {"Start streaming": False, "Stop streaming": True}, "only Start was enabled"
    started = app.click_for_full_run(
        "Start streaming", at_least={"FULL": before["FULL"] + 1}, STREAMING="on", applied=WANTS_ON
    )
    check.observe(started=started)
    assert not started.timed_out, "Start led to a full run that applied run_every"
    # warm-up: judge the intervals after the third run, when the full run's page update is over
    warm = app.wait_for(at_least={"SINCE_FULL": 3}, idle=True, timeout_ms=15_000)
    check.observe(warm=warm)
    assert not warm.timed_out, "after Start the fragment reran by itself (warm-up)"
    after = app.wait_for(
        at_least={"SINCE_FULL": warm["SINCE_FULL"] + 10, "FULL": 1},
        drawn=("INTERVALS_MS",),
        timeout_ms=25_000,
        idle=False,
    )
    buttons_after = _disabled(app)
    judged = timing.intervals_from(after, warm["SINCE_FULL"] - 1, "SINCE_FULL")
    median = statistics.median(judged) if judged else None
    claimed = before["STREAM_INTERVAL_MS"]
    check.observe(
        claimed_ms=claimed,
        median_ms=median,
        count=len(judged),
        min_ms=min(judged, default=None),
        max_ms=max(judged, default=None),
        judged_ms=judged,
        buttons_after=buttons_after,
        after=after,
    )
    assert not after.timed_out, "after Start the fragment reran by itself"
    assert judged, "the fragment's intervals line shows its runs since the warm-up, as its run counter does"
    assert timing.within(median / claimed), f"it streams every {claimed} ms, got a median of {median} ms"
    assert after["FULL"] == started["FULL"], "streaming reruns only the fragment"
    assert buttons_after == {"Start streaming": True, "Stop streaming": False}, "only Stop is enabled while streaming"


@pytest.mark.clause("TIMER-04")
def test_stop_button_stops_streaming(app, check):
    before = app.markers()
    app.click_for_full_run("Start streaming", at_least={"FULL": before["FULL"] + 1}, STREAMING="on", applied=WANTS_ON)
    streaming = app.wait_for(at_least={"SINCE_FULL": 4}, timeout_ms=15_000, idle=False)
    stop = app.click_for_full_run(
        "Stop streaming", at_least={"FULL": before["FULL"] + 2}, STREAMING="off", applied=WANTS_OFF
    )
    stopped = app.wait_for(at_least={"CLOCK": 1, "SEEN_ROWS": 0}, idle=True)
    # a stream tick the page sent before it applied the stop may still be served: the Barrier's run comes after
    # it (counting clock ticks did not do: under load the clock's requests pile up during the full run too, and
    # a stream run was once served after two of them), and the clock's next run sees the readings as they are
    flushed = app.barrier(drawn=("CLOCK",))
    ref = app.wait_for(at_least={"CLOCK": flushed["CLOCK"] + 1, "SEEN_ROWS": 0}, idle=False)
    later = app.wait_for(
        at_least={"CLOCK": ref["CLOCK"] + QUIET_CLOCK_TICKS, "SEEN_ROWS": 0}, timeout_ms=20_000, idle=False
    )
    # no barrier click now: each clock run is itself a server round trip served after any earlier request
    settled = later
    check.observe(
        rows_during_quiet=(settled["SEEN_ROWS"] or 0) - (ref["SEEN_ROWS"] or 0),
        buttons=_disabled(app),
        streaming=streaming,
        stop=stop,
        stopped=stopped,
        flushed=flushed,
        reference=ref,
        later=later,
        settled=settled,
    )
    assert not streaming.timed_out, "the stream was running"
    assert not stop.timed_out, "Stop led to a full run that applied run_every=None"
    assert not stopped.timed_out and not later.timed_out, "the clock kept ticking"
    assert settled["SEEN_ROWS"] == ref["SEEN_ROWS"], f"no new reading during {QUIET_CLOCK_TICKS} clock ticks after Stop"
    assert _disabled(app) == {"Start streaming": False, "Stop streaming": True}, "Start is enabled again"
