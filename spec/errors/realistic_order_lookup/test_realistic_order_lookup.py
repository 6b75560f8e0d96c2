"""ERR-03 in an app built like a real one: a lookup fragment that raises on an unknown order id, beside a notes
fragment, among the elements people put around them."""

import pytest

from conformance import adapter


def _look_up(app, order: str, runs: int):
    """Type the order id (Enter reruns the panel with it), then press "Look up"."""
    app.fill("Order id", order)
    app.press("Enter")
    typed = app.wait_for(LOOKUP_START=runs + 1)
    app.click("Look up")
    return typed


@pytest.mark.clause("ERR-03")
def test_a_failed_lookup_shows_in_its_panel_and_a_good_one_clears_it(app, check):
    before = app.markers()
    _look_up(app, "Z-9", before["LOOKUP_START"])
    failed = app.wait_for(LOOKUP_START=before["LOOKUP_START"] + 2)
    errors = app.exceptions()
    inside = app.in_block_of(adapter.EXCEPTION, "LOOKUP_START")
    _look_up(app, "A-1", failed["LOOKUP_START"])
    found = app.wait_for(FOUND="A-1")
    errors_after_good = app.exceptions()
    app.click("Refresh notes")
    settled = app.wait_for(NOTES=before["NOTES"] + 1)
    check.observe(
        before=before,
        failed=failed,
        exceptions=errors,
        inside_lookup=inside,
        found=found,
        exceptions_after_good=errors_after_good,
        settled=settled,
    )
    assert not failed.timed_out, "the lookup panel reran on its button"
    assert [e["error"] for e in errors] == ["KeyError"], "the lookup's exception is shown once"
    assert inside == [True], "the exception is shown inside the lookup panel"
    assert (failed["FULL"], failed["TAIL"], failed["NOTES"]) == (before["FULL"], before["TAIL"], before["NOTES"]), (
        "nothing outside the lookup panel ran"
    )
    assert not found.timed_out and errors_after_good == [], "good reruns removed the error"
    assert not settled.timed_out and settled["FOUND"] == "A-1", "the notes panel's rerun left the lookup as it was"
    assert settled["FULL"] == before["FULL"], "no rerun ran the main script"
