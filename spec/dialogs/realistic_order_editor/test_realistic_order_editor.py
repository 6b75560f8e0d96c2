"""DIALOG-01, DIALOG-02 in an app built like a real one: a dialog with an image and a form over a page of
tables, images and charts, opened and closed one time after another, rerun alone, and closed by saving."""

import pytest

from conformance.adapter import DIALOG

OPENINGS = 3


@pytest.mark.clause("DIALOG-02")
def test_opening_and_closing_the_dialog_again_and_again(app, check):
    before = app.markers()
    opened, closed = [], []
    for n in range(1, OPENINGS + 1):
        app.click("Edit order")
        opened.append(app.dialog_shown(True))
        app.wait_for(OPENS=before["OPENS"] + n)
        app.press("Escape")
        closed.append(app.dialog_shown(False))
    settled = app.barrier()
    check.observe(before=before, opened=opened, closed=closed, settled=settled)
    assert all(opened), "each click opened the dialog"
    assert all(closed), "Escape closed it each time"
    assert settled["OPENS"] == before["OPENS"] + OPENINGS, "each opening was one full run that called the dialog"
    assert settled["FULL"] == before["FULL"] + OPENINGS, "closing it by the user ran nothing"


@pytest.mark.clause("DIALOG-01")
def test_a_button_in_the_dialog_reruns_the_dialog_alone(app, check):
    before = app.markers()
    app.click("Edit order")
    opened = app.dialog_shown(True)
    shown = app.wait_for(OPENS=before["OPENS"] + 1, drawn=("DLG",))
    app.click("Recount", within=DIALOG)
    once = app.wait_for(DLG=shown["DLG"] + 1)
    app.click("Recount", within=DIALOG)
    twice = app.wait_for(DLG=shown["DLG"] + 2)
    still_open = app.count(DIALOG)
    check.observe(before=before, shown=shown, once=once, twice=twice, still_open=still_open)
    assert opened, "the dialog opened"
    assert not once.timed_out and not twice.timed_out, "each click reran the dialog body"
    assert still_open == 1, "the dialog stayed open"
    assert twice["FULL"] == shown["FULL"] and twice["TAIL"] == shown["TAIL"], "the main script did not run"


@pytest.mark.clause("DIALOG-02")
def test_saving_the_form_closes_the_dialog_with_a_full_run(app, check):
    before = app.markers()
    app.click("Edit order")
    opened = app.dialog_shown(True)
    app.fill("Units to order", "7")
    app.click("Save", within=DIALOG)
    saved = app.wait_for(SAVED="7")
    closed = app.dialog_shown(False)
    check.observe(before=before, saved=saved, closed=closed)
    assert opened, "the dialog opened"
    assert not saved.timed_out, "the saved quantity reached the main script"
    assert saved["FULL"] == before["FULL"] + 2, "saving ran the whole app once more"
    assert closed, "the full run that did not call the dialog closed it"
