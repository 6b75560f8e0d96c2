"""RERUN-03, RERUN-04, RERUN-05: `st.rerun(scope=...)` where the scope cannot be honoured."""

import pytest


def _raise_and_recover(app, button: str):
    """Click `button` (its run raises), read the page, then click Recover and read the clean full run."""
    before = app.markers()
    app.click(button)
    raised = app.wait_for(FULL=before["FULL"] + 1)
    errors = app.exceptions()
    if errors:
        block = errors[0]["block_markers"]
        errors[0]["in_fragment"] = "FRAG" in block and "HEAD" not in block
    if raised.timed_out:  # the check fails on this first: no recovery to read
        return before, raised, errors, None, None
    app.click("Recover")
    recovered = app.wait_for(FULL=before["FULL"] + 2)
    settled = app.barrier()
    return before, raised, errors, recovered, settled


def _scope_error_variant(error: dict | None) -> str:
    """Which RERUN-05 behaviour an exception shows."""
    if error is None:
        return "no-error"
    if "can only be specified from" in error["message"]:
        return "unvalidated"
    if "is not a valid rerun scope" in error["message"]:
        return "api-exception"
    if error["error"] == "StreamlitValueError":
        return "value-error"
    if error["error"] == "StreamlitAPIException" and "fragment key" in error["message"]:
        return "fragment-key"
    return f"other:{error['error']}"


@pytest.mark.clause("RERUN-03")
def test_scoped_rerun_outside_fragment_raises(app, check):
    before, raised, errors, recovered, settled = _raise_and_recover(app, "Scoped rerun outside fragment")
    if errors:
        check.saw(check.variant_named_by(error=errors[0]["error"]) or errors[0]["error"])
    check.observe(before=before, raised=raised, exceptions=errors, recovered=recovered, settled=settled)
    assert not raised.timed_out, "the run with the failing call finished"
    assert len(errors) == 1, "exactly one exception is shown"
    assert errors[0]["error"] == check.expect("error"), f"expected: {check.variant().statement}"
    assert check.expect("message") in errors[0]["message"], "the message says where scope='fragment' is allowed"
    assert errors[0]["after"] == "FULL", "the exception shows where st.rerun was called, before the fragment"
    assert recovered["HEAD"] == before["HEAD"] + 1, "the failing run stopped at st.rerun: code after it did not run"
    assert recovered["TAIL"] == before["TAIL"] + 1, "only the recovery run reached the end of the script"
    assert app.exceptions() == [], "the next full run clears the exception"


@pytest.mark.clause("RERUN-04")
def test_scoped_rerun_in_fragment_during_full_run_raises_and_stops_script(app, check):
    before, raised, errors, recovered, settled = _raise_and_recover(app, "Full run with scoped rerun in fragment")
    in_fragment = errors[0]["in_fragment"] if errors else None
    if errors:
        check.saw(check.variant_named_by(error=errors[0]["error"]) or errors[0]["error"])
    check.observe(
        before=before, raised=raised, exceptions=errors, recovered=recovered, settled=settled, in_fragment=in_fragment
    )
    assert not raised.timed_out, "the run with the failing call finished"
    assert len(errors) == 1, "exactly one exception is shown"
    assert errors[0]["error"] == check.expect("error"), f"expected: {check.variant().statement}"
    assert check.expect("message") in errors[0]["message"], "the message says where scope='fragment' is allowed"
    assert in_fragment, "the exception is drawn inside the fragment's container"
    assert errors[0]["after"] == "FRAG", "the exception shows inside the fragment, after its first marker"
    assert raised["FRAG"] == before["FRAG"] + 1 and recovered["FRAG_END"] == before["FRAG_END"] + 1, (
        "the fragment body stopped at st.rerun (only the recovery run reached its end)"
    )
    assert recovered["TAIL"] == before["TAIL"] + 1, "the failing run did not run the code after the fragment"
    assert recovered["HEAD"] == before["HEAD"] + 2, "code before the fragment ran in both runs"


@pytest.mark.clause("RERUN-05")
def test_invalid_scope_outside_fragment(app, check):
    before, raised, errors, recovered, settled = _raise_and_recover(app, "Invalid scope outside fragment")
    observed = check.saw(_scope_error_variant(errors[0] if errors else None))
    check.observe(before=before, raised=raised, exceptions=errors, recovered=recovered, settled=settled)
    assert not raised.timed_out, "the run with the failing call finished"
    assert len(errors) == 1, "exactly one exception is shown"
    assert observed == check.variant().name, f"expected: {check.variant().statement}"
    assert errors[0]["error"] == check.expect("error"), f"the exception class is {check.expect('error')}"
    assert check.expect("message") in errors[0]["message"], "the message is the variant's"
    assert recovered["HEAD"] == before["HEAD"] + 1, "the failing run stopped at st.rerun: code after it did not run"
