"""DIALOG-04: a dialog opened from a fragment, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import exceptions, in_dialogs, open_and_click


@scenario("DIALOG-04")
def dialog_opened_from_fragment_works(case):
    at, before, opened = open_and_click("dialog_in_fragment", "Open from fragment")
    case.observe(before=before, opened=opened, in_dialog=in_dialogs(at))
    case.check(in_dialogs(at)["DLG"] == 1, "the button in the fragment opened the dialog", f"{in_dialogs(at).pairs}")


@scenario("DIALOG-04")
def exception_in_dialog_renders_inside_it(case):
    at, _, after = open_and_click("dialog_in_fragment", "Open failing dialog")
    errors = exceptions(at)
    inside = [e for e in errors if e["in_dialog"]]
    case.observe(after=after, exceptions=errors)
    case.check(after["FAIL_DLG"] == 1, "the failing dialog opened and its body ran", f"FAIL_DLG={after['FAIL_DLG']}")
    case.check(
        [(e["error"], e["message"]) for e in inside] == [("ValueError", "dialog body failed")],
        "one exception is drawn inside the dialog: the body's ValueError",
        str([(e["error"], e["message"][:40]) for e in inside]),
    )
