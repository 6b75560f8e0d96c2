"""NAV-02: a rerun request for a fragment that is no longer registered."""

import pytest

from conformance import adapter


@pytest.mark.clause("NAV-02")
def test_rerun_request_for_unregistered_fragment(app, check):
    before = app.markers()
    app.click("Move the fragment")
    # The slow full run has started once the page marks the old output stale; the old button is still there.
    app.wait_until_shown(adapter.STALE)
    app.click("Target button")
    # (FULL is not waited for: where the error is shown, it takes the place of the first element, FULL)
    moved = app.wait_for(SHIFTED=1, TARGET=before["TARGET"] + 1)
    settled = app.barrier()
    errors = app.exceptions()
    missing = [e for e in errors if e["message"].startswith("Could not find fragment with id")]
    observed = "runtime-error" if missing and errors == missing else "ignored" if not errors else "other-error"
    if observed == "runtime-error" and settled["TARGET"] is None:
        observed = "runtime-error-erases-fragment"
    check.saw(observed)
    check.observe(before=before, moved=moved, settled=settled, exceptions=errors)
    assert not moved.timed_out, "the full run that moves the fragment finished"
    assert observed == check.variant().name, f"expected {check.variant().statement}"
    assert [e["error"] for e in errors] == ([check.expect("error")] if check.expect("error") else []), (
        "the exception shown (if any) is the one the registry names"
    )
    assert settled["SHIFTED"] == 1, "the click on the old button caused no further full run"
    assert settled["TARGET"] == before["TARGET"] + 1, "the fragment ran in the full run only, not for the old id"
