"""RERUN-07: `st.rerun()` in the on_click callback of a widget inside a fragment."""

import pytest


@pytest.mark.clause("RERUN-07")
def test_rerun_in_fragment_callback(app, check):
    before = app.markers()
    app.click("Callback rerun")
    after = app.wait_for(FRAG=before["FRAG"] + 1, CALLBACKS=1)
    warnings = len(app.alerts("within a callback is a no-op"))
    settled = app.barrier()
    escalated = settled["TAIL"] == before["TAIL"] + 1
    expected_warning = check.expect("warning")
    observed = (
        "honoured"
        if escalated and not warnings
        else "no-op-warning"
        if warnings and not escalated
        else f"other(escalated={escalated},warnings={warnings})"
    )
    check.saw(observed)
    check.observe(
        before=before,
        after=after,
        settled=settled,
        no_op_warnings=warnings,
        escalated=escalated,
        full_marker_shown=settled["FULL"] is not None,
    )
    assert not after.timed_out, "the callback ran and the fragment ran once more"
    assert observed == check.variant().name, f"expected: {check.variant().statement}"
    assert escalated == check.expect("escalates"), "a full run followed only where st.rerun() in a callback is honoured"
    assert warnings == (1 if expected_warning else 0), "the no-op warning is shown exactly where expected"
    assert settled["FRAG"] == before["FRAG"] + 1, "the fragment body ran once: no extra rerun was queued"
    assert settled["CALLBACKS"] == 1, "the callback ran once"
