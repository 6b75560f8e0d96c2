"""CB-01, CB-02: callbacks of widgets inside a fragment run before its body; elements written in them."""

import pytest

CALLBACK_WARNING = "A fragment rerun was triggered with a callback that displays"


def _show_log(app) -> list[str]:
    """Click the Show log fragment and return the app's run log (entries in the order the server ran them)."""
    before = app.markers()["SHOWN"]
    app.click("Show log")
    snap = app.wait_for(at_least={"SHOWN": before + 1})
    return (snap["LOG"] or "").split(",") if not snap.timed_out else ["<timed-out>"]


def _marker_order(app) -> list[str]:
    """Marker names on the page (the app has no sidebar), in page order."""
    return app.marker_names()


@pytest.mark.clause("CB-01")
def test_callback_runs_before_the_fragment_body(app, check):
    start = len(_show_log(app))
    before = app.markers()
    app.click("Callback button")
    after = app.wait_for(FRAG=before["FRAG"] + 1)
    settled = app.barrier()
    runs = _show_log(app)[start:]
    check.observe(before=before, after=after, settled=settled, runs=runs)
    assert not after.timed_out, "the fragment reran after its button was clicked"
    assert runs == ["callback", "body"], (
        "the callback ran once, before the fragment body, and the main script did not run"
    )
    assert settled["FULL"] == before["FULL"], "no full run happened"


@pytest.mark.clause("CB-02")
def test_element_written_in_a_fragment_callback_lands_at_the_top(app, check):
    before = app.markers()
    order_before = _marker_order(app)
    app.click("Writing callback button")
    after = app.wait_for(FRAG=before["FRAG"] + 1, CB_WROTE=1)
    settled = app.barrier()
    order = _marker_order(app)
    log = app.server_log()
    warned = CALLBACK_WARNING in log
    check.observe(
        before=before,
        after=after,
        settled=settled,
        order_before=order_before,
        order_after=order,
        server_warned=warned,
        replaced_top_element=order_before[0] not in order,
    )
    assert not after.timed_out, "the fragment reran and the callback's element was shown"
    assert order and order[0] == "CB_WROTE", "the element written in the callback is the first element of the app"
    assert "FRAG" in order and order.index("CB_WROTE") < order.index("FRAG"), "it is not drawn inside the fragment"
    assert warned, "the server logged the unsupported-callback-write warning"
    assert settled["TAIL"] == before["TAIL"], "no full run happened"
