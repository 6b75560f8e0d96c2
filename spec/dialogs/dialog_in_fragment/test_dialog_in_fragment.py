"""DIALOG-04, DIALOG-05: dialogs opened from inside fragments."""

import pytest

from conformance.adapter import DIALOG, EXCEPTION


@pytest.mark.clause("DIALOG-04")
def test_dialog_opened_from_fragment_works(app, check):
    before = app.markers()
    assert before["DIALOG"] == "present", "the dialog decorator exists"
    app.click("Open from fragment")
    opened = app.dialog_shown(True)
    shown = app.wait_for(FRAG=before["FRAG"] + 1, at_least={"DLG": 1})
    check.observe(before=before, opened=opened, shown=shown)
    assert opened and not shown.timed_out, "the button in the fragment opened the dialog"
    assert shown["FULL"] == before["FULL"], "opening it was a fragment run"
    app.click("Dialog button", within=DIALOG)
    inner = app.wait_for(DLG=shown["DLG"] + 1)
    check.observe(inner=inner)
    assert not inner.timed_out, "the dialog's own button reran the dialog body"
    assert inner["FULL"] == before["FULL"] and inner["FRAG"] == shown["FRAG"], "and nothing else"
    app.click("Close with rerun", within=DIALOG)
    closed = app.dialog_shown(False)
    after = app.wait_for(FULL=before["FULL"] + 1)
    check.observe(closed=closed, after=after)
    assert closed, "st.rerun() in the dialog closed it"
    assert not after.timed_out and after["FRAG"] == shown["FRAG"] + 1, "with one full run"


@pytest.mark.clause("DIALOG-04")
def test_exception_in_dialog_renders_inside_it(app, check):
    before = app.markers()
    app.click("Open failing dialog")
    opened = app.dialog_shown(True)
    after = app.wait_for(FAIL_DLG=1)
    app.wait_until_shown(EXCEPTION)
    shown = app.exceptions()
    inside = app.texts(f"{DIALOG} {EXCEPTION}")
    # Observed 1.37-1.65: the opener fragment also shows a FragmentHandledException with the same message
    # (recorded here, not judged: the clause is about where the body's own exception is drawn).
    check.observe(before=before, after=after, exceptions=shown, inside_dialog=inside)
    assert opened and not after.timed_out, "the failing dialog opened and its body ran"
    assert len(inside) == 1, "one exception is drawn inside the dialog"
    first = inside[0].split("\n")[0]
    assert first.rsplit(".", 1)[-1].startswith("ValueError") and "dialog body failed" in first, (
        "the exception inside the dialog is the body's ValueError"
    )
    assert app.count(DIALOG) == 1, "the dialog stays open with the exception in it"


@pytest.mark.clause("DIALOG-05")
def test_dialog_stays_interactive_after_its_fragment_reruns(app, check):
    app.click("Start ticking")
    started = app.wait_for(TICKING="on", drawn=("TICK",))  # TICK's fragment now ticks: read it once drawn
    before = app.wait_for_shown(at_least={"TICK": started["TICK"] + 1})  # a rerun by itself
    app.click("Open from ticking fragment")
    opened_run = app.wait_for(TICK_OPENED=1, TICK_DLG=1, drawn=("TICK",), idle=False)
    opened = app.dialog_shown(True)
    # the opener reran without calling it (TICK_DLG, read after, drawn too)
    later = app.wait_for_shown(at_least={"TICK": opened_run["TICK"] + 2, "TICK_DLG": 1})
    check.observe(before=before, opened_run=opened_run, later=later)
    assert not started.timed_out and not before.timed_out, "the fragment ticked once asked to"
    assert not opened_run.timed_out and opened, "the ticking fragment opened its dialog"
    assert not later.timed_out, "the ticking fragment kept rerunning"
    app.click("Ticking dialog button", within=DIALOG)
    after = app.wait_for_shown(TICK_DLG=later["TICK_DLG"] + 1)
    check.observe(after=after, dialogs=app.count(DIALOG), exceptions=app.exceptions())
    assert not after.timed_out, "the dialog's button still reran the dialog body"
    assert after["FULL"] == before["FULL"], "without a full run"
    assert app.count(DIALOG) == 1 and app.exceptions() == [], "the dialog is still open, without an error"
