"""DIALOG-03: a dialog opened inside another dialog raises (class per version); an empty title raises."""

import pytest

from conformance.adapter import DIALOG

_VARIANT_OF_ERROR = {
    "StreamlitAPIException": "api-exception",
    "StreamlitInvalidLayoutContextError": "layout-context-error",
}


@pytest.mark.clause("DIALOG-03")
def test_nested_dialog_raises(app, check):
    before = app.markers()
    assert before["DIALOG"] == "present", "the dialog decorator exists"
    app.click("Open nested dialogs")
    after = app.wait_for(OUTER_DLG=1)
    app.dialog_shown()
    shown = app.exceptions()
    dialogs = app.count(DIALOG)
    error = shown[0]["error"] if shown else None
    variant = _VARIANT_OF_ERROR.get(error, error)
    check.saw(variant)
    check.observe(after=after, exceptions=shown, dialogs=dialogs, error=error)
    assert not after.timed_out, "the outer dialog body ran"
    assert after["INNER_DLG"] is None and after["NESTED_DONE"] is None, "the nested call raised before its body ran"
    assert len(shown) == 1, "exactly one exception is shown"
    assert variant == check.variant().name, f"expected {check.variant().statement}"
    assert error == check.expect("error"), f"expected {check.variant().statement}"
    assert shown[0]["message"].startswith(check.expect("message")), "the message says dialogs may not be nested"
    assert dialogs == 1, "only the outer dialog is open"


@pytest.mark.clause("DIALOG-03")
def test_empty_title_raises(app, check):
    seen = app.markers()
    check.observe(
        empty_title=seen["EMPTY_TITLE"], error=seen["EMPTY_TITLE_ERROR"], is_api_error=seen["EMPTY_TITLE_IS_API_ERROR"]
    )
    assert seen["EMPTY_TITLE"] == "raised", "decorating with an empty title raises"
    assert seen["EMPTY_TITLE_IS_API_ERROR"] == "yes", "the exception is a StreamlitAPIException (or a subclass)"
