"""API-07: which dialog decorators exist and open a dialog, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, in_dialogs, shown


def _decorator_exists_and_opens(case, name: str) -> None:
    NAME = name.upper()
    at = fixture_app("dialog_decorators")
    snap = shown(at)
    presence = snap[NAME]
    case.observe(presence=presence, lookup_error=snap[f"{NAME}_ERROR"])
    case.check(presence == case.expect(name), f"st.{name} is {case.expect(name)}", f"{presence}")
    if presence == "absent":
        case.check(
            snap[f"{NAME}_ERROR"] == "AttributeError",
            "looking the missing name up raises AttributeError",
            f"{snap[f'{NAME}_ERROR']}",
        )
    elif presence == "present":
        click(at, f"Open {name}")
        body = in_dialogs(at).all(f"{NAME}_BODY")
        case.observe(body_in_dialog=body)
        case.check(body == ["1"], "its button opened the dialog, with the body's output in it", f"{body}")


@scenario("API-07")
def experimental_dialog_exists_and_opens(case):
    _decorator_exists_and_opens(case, "experimental_dialog")


@scenario("API-07")
def dialog_exists_and_opens(case):
    _decorator_exists_and_opens(case, "dialog")
