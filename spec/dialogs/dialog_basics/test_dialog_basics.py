"""DIALOG-01, DIALOG-02: a dialog is a fragment in a modal; what keeps it open and what closes it."""

import pytest

from conformance.adapter import DIALOG


def _open(app, opener: str):
    before = app.markers()
    app.click(opener)
    opened = app.dialog_shown(True)
    snap = app.wait_for(at_least={"DLG": (before["DLG"] or 0) + 1, "FULL": before["FULL"] + 1})
    return before, opened, snap


@pytest.mark.clause("DIALOG-01")
def test_widget_in_dialog_reruns_only_the_dialog(app, check):
    assert app.markers()["DIALOG"] == "present", "the dialog decorator exists"
    _, opened, shown = _open(app, "Open dialog")
    assert opened, "the button opened a dialog (role=dialog)"
    app.click("Dialog button", within=DIALOG)
    after = app.wait_for(DLG=shown["DLG"] + 1)
    still_open = app.count(DIALOG)
    check.observe(shown=shown, after=after, still_open=still_open)
    assert not after.timed_out, "the dialog body reran after the button inside it was clicked"
    assert still_open == 1, "the dialog stayed open during its own rerun"
    assert after["FULL"] == shown["FULL"] and after["DLG_SEES_FULL"] == shown["FULL"], "the main script did not run"
    app.press("Escape")
    closed = app.dialog_shown(False)
    assert closed, "Escape closed the dialog"
    settled = app.barrier()
    check.observe(settled=settled)
    assert settled["FULL"] == shown["FULL"], "no full run was queued by the dialog's button"
    assert settled["OPENS"] == shown["OPENS"], "the opener code did not run again"


@pytest.mark.clause("DIALOG-02")
def test_dialog_stays_open_while_full_runs_call_it(app, check):
    _, opened, shown = _open(app, "Open sticky dialog")
    assert opened, "the sticky opener opened a dialog"
    app.click("Rerun app", within=DIALOG)
    rerun = app.wait_for(FULL=shown["FULL"] + 1, DLG_SEES_FULL=shown["FULL"] + 1)
    open_after_rerun = app.count(DIALOG)
    check.observe(shown=shown, rerun=rerun, open_after_rerun=open_after_rerun)
    assert not rerun.timed_out, "st.rerun() in the dialog ran the whole script, which called the dialog again"
    assert open_after_rerun == 1, "a full run that calls the dialog function keeps the dialog open"
    app.click("Close with rerun", within=DIALOG)
    closed = app.dialog_shown(False)
    settled = app.wait_for(FULL=shown["FULL"] + 2)
    check.observe(closed=closed, settled=settled)
    assert closed, "a full run that does not call the dialog function closes it"
    assert not settled.timed_out and settled["OPENS"] == shown["OPENS"] + 1, "the closing run did not call it"


@pytest.mark.clause("DIALOG-02")
def test_rerun_in_dialog_closes_it(app, check):
    _, opened, shown = _open(app, "Open dialog")
    assert opened, "the button opened a dialog"
    app.click("Rerun app", within=DIALOG)
    closed = app.dialog_shown(False)
    after = app.wait_for(FULL=shown["FULL"] + 1)
    check.observe(shown=shown, closed=closed, after=after)
    assert not after.timed_out, "st.rerun() inside the dialog ran the whole script"
    assert closed, "the full run that did not call the dialog function closed it"
    settled = app.barrier()
    check.observe(settled=settled)
    assert settled["OPENS"] == shown["OPENS"], "that run did not call the dialog function"
    assert settled["FULL"] == shown["FULL"] + 1, "exactly one full run"


@pytest.mark.clause("DIALOG-02")
@pytest.mark.parametrize("how", ["escape", "close-button"])
def test_user_dismiss_does_not_rerun(app, check, how):
    _, opened, shown = _open(app, "Open dialog")
    if how == "escape":
        app.press("Escape")
    else:
        app.click("Close", within=DIALOG)
    closed = app.dialog_shown(False)
    check.observe(how=how, shown=shown, closed=closed)
    assert opened, "the button opened a dialog"
    assert closed, f"the dialog closed on {how}"
    settled = app.barrier()
    check.observe(settled=settled)
    assert settled["FULL"] == shown["FULL"], "closing the dialog did not run the script"
    assert settled["OPENS"] == shown["OPENS"], "the dialog function was not called again"
