"""TIMER-04, TIMER-05: full runs clear timers; run_every is read when a full run applies the decorator.

The ticker's silence is judged over a known number of clock-fragment ticks (the clock reports the ticker's
run count), never over a fixed sleep, and so is the page's: the server drops requests for a fragment it no
longer holds, so the check also counts the rerun requests the page sends with the ticker's id in them.
"""

import statistics

import pytest

from conformance import timing


from conformance.live_app import Snapshot

QUIET_CLOCK_TICKS = 7  # 2.8 s of clock ticks (0.4 s): more than five ticker intervals of 0.5 s


def _stops_after(app, check, button: str):
    app.watch_sent_messages()
    app.open()  # a fresh session, watched from its first run on
    before = app.wait_for(at_least={"TICKER_RUNS": 3, "TAIL": 1}, timeout_ms=15_000, idle=False)
    ticker_id = before["TICKER_ID"]
    requested_before = app.sent_messages(containing=ticker_id)
    full = app.click_for_full_run(button, at_least={"TAIL": before["TAIL"] + 1, "CLOCK": 1})
    # a tick the browser sent before it saw the full run may still be served: start counting two clock
    # ticks later
    ref = app.wait_for(at_least={"CLOCK": full["CLOCK"] + 2, "SEEN_TICKER_RUNS": 0}, idle=False)
    sent_at_ref = app.sent_messages()
    later = app.wait_for(
        at_least={"CLOCK": ref["CLOCK"] + QUIET_CLOCK_TICKS, "SEEN_TICKER_RUNS": 0}, timeout_ms=20_000, idle=False
    )
    requests = app.sent_messages(containing=ticker_id, since=sent_at_ref)
    # no barrier click: each clock run is itself a server round trip served after any earlier request
    settled = later
    check.observe(
        before=before,
        after_full_run=full,
        reference=ref,
        later=later,
        settled=settled,
        ticker_runs_during_quiet=(settled["SEEN_TICKER_RUNS"] or 0) - (ref["SEEN_TICKER_RUNS"] or 0),
        exceptions=app.exceptions(),
        ticker_id=ticker_id,
        ticker_requests_before=requested_before,
        ticker_requests_during_quiet=requests,
        sent_during_quiet=app.sent_messages(since=sent_at_ref),
    )
    assert not before.timed_out, "the ticker was auto-rerunning before the full run"
    assert ticker_id and ticker_id != "None", "the ticker shows its fragment id"
    assert requested_before >= 1, "the ticker's tick requests were seen leaving the page (the watch works)"
    assert not full.timed_out and not later.timed_out, "the full run finished and the clock kept ticking"
    assert settled["SEEN_TICKER_RUNS"] == ref["SEEN_TICKER_RUNS"], (
        f"no automatic rerun of the ticker during {QUIET_CLOCK_TICKS} clock ticks after the full run"
    )
    assert settled["TAIL"] == full["TAIL"], "no other full run happened"
    assert requests == 0, f"the page sent no rerun request for the ticker during {QUIET_CLOCK_TICKS} clock ticks"


@pytest.mark.clause("TIMER-04")
def test_full_run_with_run_every_none_stops_auto_reruns(app, check):
    _stops_after(app, check, "Stop with None")


@pytest.mark.clause("TIMER-04")
def test_full_run_that_skips_the_fragment_stops_its_auto_reruns(app, check):
    _stops_after(app, check, "Hide ticker")


def _set_in_fragment(app) -> Snapshot:
    """Click the fragment's button until its callback is seen to have run (a click can land on an element
    that a tick is redrawing at that moment; the harness clicks again and records it)."""
    return app.click_for_run("Set 1 s in the fragment", EVERY_SET_MS=1000, SINCE_FULL=1)


@pytest.mark.clause("TIMER-05")
def test_fragment_rerun_does_not_change_the_interval(app, check):
    before = app.wait_for(at_least={"SINCE_FULL": 2, "TAIL": 1}, timeout_ms=15_000, idle=False)
    clicked = _set_in_fragment(app)
    start = clicked["SINCE_FULL"]  # the click's run is stamp start-1 or earlier; judge what follows
    after = app.wait_for(
        at_least={"SINCE_FULL": start + 8, "TAIL": 1}, drawn=("INTERVALS_MS",), timeout_ms=20_000, idle=False
    )
    judged = timing.intervals_from(after, start, "SINCE_FULL")
    median = statistics.median(judged) if judged else None
    check.observe(
        every_ms=after["EVERY_MS"],
        every_set_ms=clicked["EVERY_SET_MS"],
        judged_ms=judged,
        median_ms=median,
        before=before,
        clicked=clicked,
        after=after,
    )
    assert clicked["EVERY_SET_MS"] == 1000, "the fragment rerun set run_every to 1 s in Session State"
    assert not after.timed_out and judged, "the ticker kept auto-rerunning after its fragment rerun"
    assert after["TAIL"] == before["TAIL"] and after["EVERY_MS"] == 500, "no full run re-applied the decorator"
    assert timing.within(median / 500), f"the interval stayed 500 ms after the fragment rerun, got {median} ms"


@pytest.mark.clause("TIMER-05")
def test_full_run_applies_the_new_interval(app, check):
    before = app.wait_for(at_least={"SINCE_FULL": 2, "TAIL": 1}, timeout_ms=15_000, idle=False)
    clicked = _set_in_fragment(app)
    full = app.click_for_full_run("Restart", at_least={"TAIL": before["TAIL"] + 1, "SINCE_FULL": 1})
    after = app.wait_for(at_least={"SINCE_FULL": 9, "TAIL": 1}, drawn=("INTERVALS_MS",), timeout_ms=25_000, idle=False)
    judged = timing.intervals_from(after, 1, "SINCE_FULL")
    median = statistics.median(judged) if judged else None
    check.observe(
        every_ms=full["EVERY_MS"], judged_ms=judged, median_ms=median, before=before, clicked=clicked, after=after
    )
    assert clicked["EVERY_SET_MS"] == 1000, "the fragment rerun set run_every to 1 s in Session State"
    assert not full.timed_out and not after.timed_out and judged, "the ticker auto-reran after the full run"
    assert full["EVERY_MS"] == 1000, "the full run applied the decorator with the new run_every"
    assert timing.within(median / 1000), f"the ticker now reruns every 1000 ms, got {median} ms"
