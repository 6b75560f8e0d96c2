"""API-07: which of `st.experimental_dialog` and `st.dialog` exist, and that each present one opens a modal."""

import pytest

from conformance.adapter import DIALOG


def _variant(snap) -> str:
    return {
        ("present", "absent"): "experimental-only",
        ("present", "present"): "both",
        ("absent", "present"): "dialog-only",
    }.get((snap["EXPERIMENTAL_DIALOG"], snap["DIALOG"]), "neither")


def _opens_a_modal(app, name: str) -> dict:
    """Click "Open <name>"; what the page showed: a role=dialog holding the title and the body's marker."""
    NAME = name.upper()
    before = app.markers()
    app.click(f"Open {name}")
    after = app.wait_for(**{f"{NAME}_BODY": (before[f"{NAME}_BODY"] or 0) + 1})
    shown = {"timed_out": after.timed_out, "dialogs": app.count(DIALOG)}
    if shown["dialogs"] == 1:
        text = app.texts(DIALOG)[0]
        shown["title"] = f"Title of {name}" in text
        shown["body_in_dialog"] = f"{NAME}_BODY=" in text
        shown["visible"] = app.visible(DIALOG)
    return shown


def _check_decorator(app, check, name: str):
    snap = app.markers()
    NAME = name.upper()
    presence = snap[NAME]
    shown = _opens_a_modal(app, name) if presence == "present" else None
    check.saw(_variant(snap))
    check.observe(presence=presence, lookup_error=snap[f"{NAME}_ERROR"], opened=shown)
    assert presence == check.expect(name), f"expected: {check.variant().statement}"
    if presence == "absent":
        assert snap[f"{NAME}_ERROR"] == "AttributeError", "looking up the missing name raises AttributeError"
        return
    assert not shown["timed_out"], "the dialog body ran after its button was clicked"
    assert shown["dialogs"] == 1, "exactly one role=dialog element is on the page"
    assert shown["visible"] and shown["title"], "the modal is visible and shows the dialog's title"
    assert shown["body_in_dialog"], "the dialog body's output is inside the modal"


@pytest.mark.clause("API-07")
def test_experimental_dialog_exists_and_opens_a_modal(app, check):
    _check_decorator(app, check, "experimental_dialog")


@pytest.mark.clause("API-07")
def test_dialog_exists_and_opens_a_modal(app, check):
    _check_decorator(app, check, "dialog")
