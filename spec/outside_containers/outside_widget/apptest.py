"""EXT-03, EXT-04: a fragment creating a widget in an outside container, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import button_labels, click, exceptions, fixture_app, shown


@scenario("EXT-03")
def widget_in_outside_container(case):
    at = fixture_app("outside_widget")
    page, shown_errors = shown(at), exceptions(at)
    error, outside_buttons = page["WIDGET_ERROR"], button_labels(at).count("Outside button")
    case.observe(error=error, exceptions=shown_errors, outside_buttons=outside_buttons)
    expected = case.expect("error")
    if not expected:
        case.check(error == "none", "no error", f"WIDGET_ERROR={error}")
        case.check(outside_buttons == 1, "the widget was created in the outside container", f"{outside_buttons}")
        return
    case.check(error == expected, f"it raises {expected}", f"WIDGET_ERROR={error}")
    case.check(
        [e["error"] for e in shown_errors] == [expected],
        "that exception is shown",
        str([e["error"] for e in shown_errors]),
    )
    case.check(
        bool(shown_errors) and case.expect("message") in shown_errors[0]["message"],
        f"its message reads {case.expect('message')!r}",
        shown_errors[0]["message"][:120] if shown_errors else "none",
    )
    case.check(outside_buttons == 0, "the widget was not created", f"{outside_buttons}")


@scenario("EXT-04")
def outside_widget_reruns_its_fragment(case):
    at = fixture_app("outside_widget")
    before = shown(at)
    after = shown(click(at, "Outside button"))
    outside_buttons = button_labels(at).count("Outside button")
    case.observe(before=before, after=after, outside_buttons=outside_buttons)
    case.rose_by("FRAG", before, after, 1, "clicking the outside widget reran the fragment once")
    case.unchanged("FULL", before, after, "only the fragment ran")
    case.check(outside_buttons == 1, "the outside widget was replaced in place, not duplicated", f"{outside_buttons}")
