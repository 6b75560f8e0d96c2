"""RERUN-07: `st.rerun()` in the on_click callback of a button inside a fragment."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, shown, warnings

NO_OP = "within a callback is a no-op"


@scenario("RERUN-07")
def rerun_in_fragment_callback(case):
    at = fixture_app("rerun_in_callback")
    before = shown(at)
    after = shown(click(at, "Callback rerun"))
    no_op_warnings = len(warnings(at, NO_OP))
    escalated = after["TAIL"] == (before["TAIL"] or 0) + 1
    observed = (
        "honoured"
        if escalated and not no_op_warnings
        else "no-op-warning"
        if no_op_warnings and not escalated
        else f"other(escalated={escalated},warnings={no_op_warnings})"
    )
    case.saw(observed)
    case.observe(before=before, after=after, no_op_warnings=no_op_warnings, escalated=escalated)
    case.check(observed == case.variant.name, f"behaviour {case.variant.name!r}", observed)
    case.check(
        escalated == case.expect("escalates"),
        "a full run followed" if case.expect("escalates") else "no full run followed: only the fragment reran",
        f"TAIL {before['TAIL']} -> {after['TAIL']}",
    )
    case.check(
        no_op_warnings == (1 if case.expect("warning") else 0),
        "the no-op warning is shown" if case.expect("warning") else "no warning is shown",
        f"{no_op_warnings} warnings",
    )
    case.rose_by("FRAG", before, after, 1, "the fragment body ran once: no extra rerun was queued")
    case.check(after["CALLBACKS"] == 1, "the callback ran once", f"CALLBACKS={after['CALLBACKS']}")
