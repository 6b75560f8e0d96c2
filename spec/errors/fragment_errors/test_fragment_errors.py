"""ERR-01, ERR-02, ERR-03: where an exception raised in a fragment shows, and what else still runs."""

import pytest

from conformance import adapter

# For each exception on the page: is it inside the innermost block that holds the element of marker `name`
# (for FRAG_START, the fragment's own container)?


def _inside_fragment(app):
    """Per exception on the page, whether it sits in the fragment's container (None: fragment not shown)."""
    return app.in_block_of(adapter.EXCEPTION, "FRAG_START")


def _fail_on_full_run(app):
    before = app.markers()
    app.click("Fail on next full run")
    after = app.wait_for(FULL=before["FULL"] + 1, FRAG_START=before["FRAG_START"] + 1)
    return before, after


@pytest.mark.clause("ERR-01")
def test_full_run_fragment_error_placement(app, check):
    before, after = _fail_on_full_run(app)
    errors = app.exceptions()
    inside = _inside_fragment(app)
    observed = "inside-fragment" if inside == [True] else "main-flow" if inside == [False] else f"unclear-{inside}"
    check.saw(observed)
    check.observe(before=before, after=after, exceptions=errors, inside_fragment=inside)
    assert not after.timed_out, "the full run began the fragment again"
    assert [(e["error"], e["message"]) for e in errors] == [("ValueError", "kit-fragment-failure")], (
        "the fragment's exception is shown once"
    )
    assert observed == check.variant().name, f"expected {check.variant().statement}"
    assert inside == [check.expect("inside")], "the exception is where the registry says"


@pytest.mark.clause("ERR-02")
def test_full_run_stops_after_failing_fragment(app, check):
    before, after = _fail_on_full_run(app)
    errors = app.exceptions()
    check.observe(
        before=before,
        after=after,
        exceptions=errors,
        after_values=after.all("AFTER"),
        second_values=after.all("SECOND"),
        barrier_values=after.all("BARRIER"),
    )
    assert not after.timed_out, "the full run began the fragment again"
    assert [e["error"] for e in errors] == ["ValueError"], "the fragment's exception is shown"
    assert after["FRAG_DONE"] in (None, before["FRAG_DONE"]), "the fragment body stopped at the exception"
    assert after["BEFORE"] == after["FULL"], "main code before the fragment call ran"
    assert after.all("AFTER") == [], "main code after the fragment call did not run (its output is gone)"
    assert after.all("SECOND") == [], "the fragment called after it did not run"
    assert after.all("BARRIER") == [], "the last fragment of the script did not run"


@pytest.mark.clause("ERR-03")
def test_fragment_rerun_error_stays_in_fragment_and_good_rerun_clears_it(app, check):
    before = app.markers()
    app.click("Fail in fragment")
    failed = app.wait_for(FRAG_START=before["FRAG_START"] + 1)
    errors = app.exceptions()
    inside = _inside_fragment(app)
    app.click("Good fragment rerun")
    good = app.wait_for(FRAG_DONE=before["FRAG_DONE"] + 1)
    errors_after_good = app.exceptions()
    settled = app.barrier()
    check.observe(
        before=before,
        failed=failed,
        exceptions=errors,
        inside_fragment=inside,
        good=good,
        exceptions_after_good=errors_after_good,
        settled=settled,
    )
    assert not failed.timed_out, "the fragment reran after its button was clicked"
    assert [(e["error"], e["message"]) for e in errors] == [("ValueError", "kit-fragment-failure")], (
        "the fragment's exception is shown once"
    )
    assert inside == [True], "the exception is shown inside the fragment's container"
    assert failed["FRAG_DONE"] in (None, before["FRAG_DONE"]), "the failing rerun stopped at the exception"
    for name in ("FULL", "BEFORE", "AFTER", "SECOND"):
        assert failed[name] == before[name], f"{name} outside the fragment stayed as it was"
    assert not good.timed_out, "the next fragment rerun finished without error"
    assert errors_after_good == [], "the good rerun removed the error"
    assert settled["FULL"] == before["FULL"] and settled["SECOND"] == before["SECOND"], (
        "neither rerun ran code outside the fragment"
    )
