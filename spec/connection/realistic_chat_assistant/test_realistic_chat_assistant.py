"""CONN-01 in a chat assistant built like a real one."""

import pytest

ROUTED_CONNECTION = True  # the harness carries the page's connection to its server, so that it can cut it
SHOWN = ("SESSION", "TEMPERATURE_SEEN", "TICK", "MESSAGES", "HELPFUL", "FEEDBACK", "TAIL")


@pytest.mark.clause("CONN-01")
def test_the_conversation_and_the_panels_survive_a_lost_connection(app, check):
    app.fill("Ask something", "hello")
    app.press("Enter")
    asked = app.wait_for(MESSAGES=3, drawn=SHOWN)
    pressed = app.click_for_run("Helpful", HELPFUL=1)
    before = app.barrier(drawn=SHOWN)
    reconnected = app.drop_connection()
    back = app.barrier(drawn=SHOWN)
    full_runs = None if back.timed_out else back["FULL"] - before["FULL"]
    check.saw(check.variant_named_by(full_runs=full_runs) or f"{full_runs}-full-runs")
    ticked = app.wait_for(at_least={"TICK": (back["TICK"] or 0) + 2}, idle=False)
    after = app.click_for_run("Helpful", HELPFUL=2)
    settled = app.barrier(drawn=SHOWN)
    check.observe(
        asked=asked,
        pressed=pressed,
        before=before,
        reconnected=reconnected,
        back=back,
        ticked=ticked,
        after=after,
        settled=settled,
        full_runs_on_reconnect=full_runs,
        exceptions=app.exceptions(),
    )
    assert not asked.timed_out and not pressed.timed_out, "the chat and the feedback worked before the cut"
    assert reconnected, "the page connected again by itself"
    assert not back.timed_out, "after the reconnect the app answers"
    assert full_runs == check.expect("full_runs"), f"expected: {check.variant().statement}"
    assert (back["SESSION"], back["MESSAGES"], back["HELPFUL"]) == (before["SESSION"], 3, 1), (
        "the page is back in its own session, with its conversation and its counts"
    )
    assert not ticked.timed_out, "the status fragment ticks again"
    assert not after.timed_out, "the feedback button works after the reconnect"
    assert (settled["FULL"], settled["TAIL"], settled["MESSAGES"]) == (back["FULL"], back["TAIL"], 3), (
        "its press reran the feedback fragment alone"
    )
