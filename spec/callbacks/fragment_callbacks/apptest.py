"""CB-01, CB-02: callbacks of widgets inside a fragment run before its body; elements written in them."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, session_value, shown

APP = "fragment_callbacks"
CALLBACK_WARNING = "A fragment rerun was triggered with a callback that displays"


def _log(at) -> list[str]:
    """The app's run log, read from Session State (its Show log fragment would add a run of its own)."""
    return list(session_value(at, "LOG", []))


@scenario("CB-01")
def callback_runs_before_the_fragment_body(case):
    at = fixture_app(APP)
    start = len(_log(at))
    before = shown(at)
    after = shown(click(at, "Callback button"))
    runs = _log(at)[start:]
    case.observe(before=before, after=after, runs=runs)
    case.check(
        runs == ["callback", "body"], "the callback ran once, then the fragment body, and nothing else", ",".join(runs)
    )
    case.unchanged("FULL", before, after, "no full run happened")


@scenario("CB-02")
def element_written_in_a_fragment_callback_lands_at_the_top(case):
    at = fixture_app(APP)
    before, order_before = shown(at), shown(at).names()
    after = shown(click(at, "Writing callback button"))
    order = after.names()
    warned = CALLBACK_WARNING in case.server_log()
    case.observe(
        before=before,
        after=after,
        order_before=order_before,
        order_after=order,
        server_warned=warned,
        replaced_top_element=order_before[0] not in order,
    )
    case.check(
        bool(order) and order[0] == "CB_WROTE",
        "the element written in the callback is the app's first element",
        str(order[:3]),
    )
    case.check(
        "CB_WROTE" in order and "FRAG" in order and order.index("CB_WROTE") < order.index("FRAG"),
        "it is not drawn inside the fragment",
        str(order[:4]),
    )
    case.check(warned, "Streamlit logged the unsupported-callback-write warning", "no warning logged")
    case.unchanged("TAIL", before, after, "no full run happened")
