"""API-07, DIALOG-01..DIALOG-04: dialogs. AppTest draws no modal: a dialog's elements sit in its `event`
root, so "the dialog is open" here means its body's marker is shown there."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, exceptions, fixture_app, shown


def _in_dialogs(at):
    return shown(at, roots=("event",))


def _open(app: str, opener: str):
    at = fixture_app(app)
    before = shown(at)
    return at, before, shown(click(at, opener))


def _decorator_exists_and_opens(case, name: str) -> None:
    NAME = name.upper()
    at = fixture_app("dialog_decorators")
    snap = shown(at)
    presence = snap[NAME]
    case.observe(presence=presence, lookup_error=snap[f"{NAME}_ERROR"])
    case.check(presence == case.expect(name), f"st.{name} is {case.expect(name)}", f"{presence}")
    if presence == "absent":
        case.check(snap[f"{NAME}_ERROR"] == "AttributeError", "looking the missing name up raises AttributeError",
                   f"{snap[f'{NAME}_ERROR']}")
    elif presence == "present":
        click(at, f"Open {name}")
        body = _in_dialogs(at).all(f"{NAME}_BODY")
        case.observe(body_in_dialog=body)
        case.check(body == ["1"], "its button opened the dialog, with the body's output in it", f"{body}")


@scenario("API-07")
def experimental_dialog_exists_and_opens(case):
    _decorator_exists_and_opens(case, "experimental_dialog")


@scenario("API-07")
def dialog_exists_and_opens(case):
    _decorator_exists_and_opens(case, "dialog")


@scenario("DIALOG-01")
def widget_in_dialog_reruns_only_the_dialog(case):
    at, before, opened = _open("dialog_basics", "Open dialog")
    after = shown(click(at, "Dialog button"))
    case.observe(before=before, opened=opened, after=after, dialog_after=_in_dialogs(at))
    case.check(opened["DLG"] == 1, "the button opened the dialog", f"DLG={opened['DLG']}")
    case.rose_by("DLG", opened, after, 1, "the dialog body reran after the button inside it was clicked")
    case.check(_in_dialogs(at)["DLG"] is not None, "the dialog stayed open during its own rerun", "closed")
    case.unchanged("FULL", opened, after, "the main script did not run")


@scenario("DIALOG-02")
def dialog_stays_open_while_full_runs_call_it(case):
    at, _, opened = _open("dialog_basics", "Open sticky dialog")
    rerun = shown(click(at, "Rerun app"))
    open_after_rerun = _in_dialogs(at)["DLG"] is not None
    closed = shown(click(at, "Close with rerun"))
    open_after_close = _in_dialogs(at)["DLG"] is not None
    case.observe(opened=opened, rerun=rerun, open_after_rerun=open_after_rerun, closed=closed,
                 open_after_close=open_after_close)
    case.rose_by("FULL", opened, rerun, 1, "st.rerun() in the dialog ran the whole script once")
    case.check(rerun["DLG_SEES_FULL"] == rerun["FULL"] and open_after_rerun,
               "that run called the dialog again and the dialog stayed open",
               f"DLG_SEES_FULL={rerun['DLG_SEES_FULL']}, open: {open_after_rerun}")
    case.check(not open_after_close, "a full run that does not call the dialog function closes it", "still open")
    case.rose_by("OPENS", opened, closed, 1, "only the st.rerun() run called the dialog function again")


@scenario("DIALOG-02")
def rerun_in_dialog_closes_it(case):
    at, _, opened = _open("dialog_basics", "Open dialog")
    after = shown(click(at, "Rerun app"))
    still_open = _in_dialogs(at)["DLG"] is not None
    case.observe(opened=opened, after=after, still_open=still_open)
    case.check(not still_open, "the full run that did not call the dialog function closed it", "still open")
    case.rose_by("FULL", opened, after, 1, "st.rerun() inside the dialog ran the whole script once")
    case.unchanged("OPENS", opened, after, "that run did not call the dialog function")
    if after["DLG"] is None:
        case.note("Under AppTest the click is a full run that does not call the dialog, so its body (and the "
                  "st.rerun() in it) never ran: the dialog closed for another reason.")


@scenario("DIALOG-03")
def nested_dialog_raises(case):
    at, _, after = _open("dialog_misuse", "Open nested dialogs")
    errors = exceptions(at)
    case.observe(after=after, exceptions=errors)
    case.check(after["OUTER_DLG"] == 1, "the outer dialog body ran", f"OUTER_DLG={after['OUTER_DLG']}")
    case.check(after["INNER_DLG"] is None and after["NESTED_DONE"] is None,
               "the nested call raised before its body ran",
               f"INNER_DLG={after['INNER_DLG']}, NESTED_DONE={after['NESTED_DONE']}")
    case.check(len(errors) == 1, "exactly one exception is shown", f"{len(errors)}")
    if errors:
        case.check(errors[0]["error"] == case.expect("error"), f"the exception is {case.expect('error')}",
                   errors[0]["error"])
        case.check(errors[0]["message"].startswith(case.expect("message")), "it says dialogs may not be nested",
                   errors[0]["message"][:80])


@scenario("DIALOG-03")
def empty_title_raises(case):
    seen = shown(fixture_app("dialog_misuse"))
    case.observe(empty_title=seen["EMPTY_TITLE"], error=seen["EMPTY_TITLE_ERROR"])
    case.check(seen["EMPTY_TITLE"] == "raised" and seen["EMPTY_TITLE_IS_API_ERROR"] == "yes",
               "decorating with an empty title raises a StreamlitAPIException",
               f"{seen['EMPTY_TITLE']} {seen['EMPTY_TITLE_ERROR']}")


@scenario("DIALOG-04")
def dialog_opened_from_fragment_works(case):
    at, before, opened = _open("dialog_in_fragment", "Open from fragment")
    case.observe(before=before, opened=opened, in_dialog=_in_dialogs(at))
    case.check(_in_dialogs(at)["DLG"] == 1, "the button in the fragment opened the dialog", f"{_in_dialogs(at).pairs}")


@scenario("DIALOG-04")
def exception_in_dialog_renders_inside_it(case):
    at, _, after = _open("dialog_in_fragment", "Open failing dialog")
    errors = exceptions(at)
    inside = [e for e in errors if e["in_dialog"]]
    case.observe(after=after, exceptions=errors)
    case.check(after["FAIL_DLG"] == 1, "the failing dialog opened and its body ran", f"FAIL_DLG={after['FAIL_DLG']}")
    case.check([(e["error"], e["message"]) for e in inside] == [("ValueError", "dialog body failed")],
               "one exception is drawn inside the dialog: the body's ValueError",
               str([(e["error"], e["message"][:40]) for e in inside]))
