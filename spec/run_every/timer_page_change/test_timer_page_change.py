"""TIMER-07: changing pages stops the previous page's fragment timers.

The main page's ticker counts its runs in Session State; the other page's clock fragment reports that
count, so the ticker's silence is judged over a known number of clock ticks. The server drops requests for
a fragment it no longer holds, so a timer left running in the page would not show as runs: the check also
counts the rerun requests the page sends with the ticker's fragment id in them.
"""

import pytest

OWN_SERVER = True  # an app with pages must be the main script of its server

QUIET_CLOCK_TICKS = 10  # 2.5 s: about eight ticker intervals of 0.3 s


@pytest.mark.clause("TIMER-07")
def test_page_change_stops_the_previous_page_timers(app, check):
    app.watch_sent_messages()
    app.open()  # a fresh session, watched from its first run on
    before = app.wait_for(at_least={"TICKER_RUNS": 3}, drawn=("TICKER_ID",), idle=False, timeout_ms=15_000)
    ticker_id = before["TICKER_ID"]
    requested_before = app.sent_messages(containing=ticker_id)
    app.follow_link("other")
    arrived = app.wait_for(PAGE="other", at_least={"CLOCK": 1}, timeout_ms=20_000)
    # a tick sent just before the page change may still be served: start counting two clock ticks later
    ref = app.wait_for(at_least={"CLOCK": (arrived["CLOCK"] or 0) + 2}, idle=False)
    sent_at_ref = app.sent_messages()
    later = app.wait_for(at_least={"CLOCK": (ref["CLOCK"] or 0) + QUIET_CLOCK_TICKS}, idle=False, timeout_ms=20_000)
    requests = app.sent_messages(containing=ticker_id, since=sent_at_ref)
    settled = app.barrier()
    check.observe(
        before=before,
        arrived=arrived,
        reference=ref,
        later=later,
        settled=settled,
        ticker_runs_during_quiet=(settled["SEEN_TICKER_RUNS"] or 0) - (ref["SEEN_TICKER_RUNS"] or 0),
        ticker_id=ticker_id,
        ticker_requests_before=requested_before,
        ticker_requests_during_quiet=requests,
        sent_during_quiet=app.sent_messages(since=sent_at_ref),
    )
    assert not before.timed_out, "the main page's ticker was auto-rerunning"
    assert ticker_id and ticker_id != "None", "the ticker shows its fragment id"
    assert requested_before >= 1, "the ticker's tick requests were seen leaving the page (the watch works)"
    assert not arrived.timed_out and not later.timed_out, "the other page was shown and its clock ticked"
    assert settled["SEEN_TICKER_RUNS"] == ref["SEEN_TICKER_RUNS"], (
        f"the main page's ticker did not run during {QUIET_CLOCK_TICKS} clock ticks on the other page"
    )
    assert requests == 0, f"the page sent no rerun request for the ticker during {QUIET_CLOCK_TICKS} clock ticks"
