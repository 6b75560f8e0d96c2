"""DIALOG-03: a dialog opened inside a dialog, and an empty title, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import exceptions, fixture_app, open_and_click, shown


@scenario("DIALOG-03")
def nested_dialog_raises(case):
    at, _, after = open_and_click("dialog_misuse", "Open nested dialogs")
    errors = exceptions(at)
    case.observe(after=after, exceptions=errors)
    case.check(after["OUTER_DLG"] == 1, "the outer dialog body ran", f"OUTER_DLG={after['OUTER_DLG']}")
    case.check(
        after["INNER_DLG"] is None and after["NESTED_DONE"] is None,
        "the nested call raised before its body ran",
        f"INNER_DLG={after['INNER_DLG']}, NESTED_DONE={after['NESTED_DONE']}",
    )
    case.check(len(errors) == 1, "exactly one exception is shown", f"{len(errors)}")
    if errors:
        case.check(
            errors[0]["error"] == case.expect("error"), f"the exception is {case.expect('error')}", errors[0]["error"]
        )
        case.check(
            errors[0]["message"].startswith(case.expect("message")),
            "it says dialogs may not be nested",
            errors[0]["message"][:80],
        )


@scenario("DIALOG-03")
def empty_title_raises(case):
    seen = shown(fixture_app("dialog_misuse"))
    case.observe(empty_title=seen["EMPTY_TITLE"], error=seen["EMPTY_TITLE_ERROR"])
    case.check(
        seen["EMPTY_TITLE"] == "raised" and seen["EMPTY_TITLE_IS_API_ERROR"] == "yes",
        "decorating with an empty title raises a StreamlitAPIException",
        f"{seen['EMPTY_TITLE']} {seen['EMPTY_TITLE_ERROR']}",
    )
