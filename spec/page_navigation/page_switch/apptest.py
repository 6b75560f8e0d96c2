"""NAV-01: st.switch_page inside a fragment performs a full navigation (st.navigation, 1.36+)."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, exceptions, fixture_app, shown


@scenario("NAV-01")
def switch_page_inside_fragment_is_a_full_navigation(case):
    at = fixture_app("page_switch")
    before = shown(at)
    after = shown(click(at, "Switch from fragment"))
    errors = exceptions(at)
    case.observe(before=before, after=after, exceptions=errors)
    case.check(
        before["NAVIGATION"] == "present" and before["PAGE"] == "alpha",
        "the app starts on page Alpha",
        f"NAVIGATION={before['NAVIGATION']}, PAGE={before['PAGE']}",
    )
    case.check(after.all("PAGE") == ["beta"], "only page Beta is shown", f"PAGE {after.all('PAGE')}")
    case.check(
        after.all("ALPHA_TICK") == [],
        "nothing of page Alpha's fragment is left",
        f"ALPHA_TICK {after.all('ALPHA_TICK')}",
    )
    case.check(errors == [], "no error is shown", str([(e["error"], e["message"][:60]) for e in errors]))
    if isinstance(after["FULL"], int) and after["FULL"] - before["FULL"] != 1:
        case.note(f"FULL rose by {after['FULL'] - before['FULL']} (the browser: 1): the click itself was a full run.")
    case.note("That the previous page's fragments stop running (their timers) is not observable under AppTest.")
