"""DIALOG-01, DIALOG-02: a dialog's own reruns, and how full runs and st.rerun treat it, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, in_dialogs, open_and_click, shown


@scenario("DIALOG-01")
def widget_in_dialog_reruns_only_the_dialog(case):
    at, before, opened = open_and_click("dialog_basics", "Open dialog")
    after = shown(click(at, "Dialog button"))
    case.observe(before=before, opened=opened, after=after, dialog_after=in_dialogs(at))
    case.check(opened["DLG"] == 1, "the button opened the dialog", f"DLG={opened['DLG']}")
    case.rose_by("DLG", opened, after, 1, "the dialog body reran after the button inside it was clicked")
    case.check(in_dialogs(at)["DLG"] is not None, "the dialog stayed open during its own rerun", "closed")
    case.unchanged("FULL", opened, after, "the main script did not run")


@scenario("DIALOG-02")
def dialog_stays_open_while_full_runs_call_it(case):
    at, _, opened = open_and_click("dialog_basics", "Open sticky dialog")
    rerun = shown(click(at, "Rerun app"))
    open_after_rerun = in_dialogs(at)["DLG"] is not None
    closed = shown(click(at, "Close with rerun"))
    open_after_close = in_dialogs(at)["DLG"] is not None
    case.observe(
        opened=opened, rerun=rerun, open_after_rerun=open_after_rerun, closed=closed, open_after_close=open_after_close
    )
    case.rose_by("FULL", opened, rerun, 1, "st.rerun() in the dialog ran the whole script once")
    case.check(
        rerun["DLG_SEES_FULL"] == rerun["FULL"] and open_after_rerun,
        "that run called the dialog again and the dialog stayed open",
        f"DLG_SEES_FULL={rerun['DLG_SEES_FULL']}, open: {open_after_rerun}",
    )
    case.check(not open_after_close, "a full run that does not call the dialog function closes it", "still open")
    case.rose_by("OPENS", opened, closed, 1, "only the st.rerun() run called the dialog function again")


@scenario("DIALOG-02")
def rerun_in_dialog_closes_it(case):
    at, _, opened = open_and_click("dialog_basics", "Open dialog")
    after = shown(click(at, "Rerun app"))
    still_open = in_dialogs(at)["DLG"] is not None
    case.observe(opened=opened, after=after, still_open=still_open)
    case.check(not still_open, "the full run that did not call the dialog function closed it", "still open")
    case.rose_by("FULL", opened, after, 1, "st.rerun() inside the dialog ran the whole script once")
    case.unchanged("OPENS", opened, after, "that run did not call the dialog function")
    if after["DLG"] is None:
        case.note(
            "Under AppTest the click is a full run that does not call the dialog, so its body (and the "
            "st.rerun() in it) never ran: the dialog closed for another reason."
        )
