"""API-06: `st.experimental_rerun` reruns the app where it exists, and is an AttributeError after."""

import pytest


@pytest.mark.clause("API-06")
def test_experimental_rerun_reruns_or_is_gone(app, check):
    before = app.markers()
    app.click("Experimental rerun")
    after = app.wait_for(at_least={"FULL": before["FULL"] + 1, "EXP_CALLS": 1})
    settled = app.barrier()
    runs = (settled["FULL"] or 0) - before["FULL"]
    tails = (settled["TAIL"] or 0) - before["TAIL"]
    if after.timed_out:
        observed = "no-run"
    elif after["CALL_ERROR"] is not None:
        observed = "absent"
    elif runs == 2 and tails == 1:
        observed = "rerun-alias"
    else:
        observed = f"other(full+{runs},tail+{tails})"
    check.saw(observed)
    check.observe(
        before=before,
        after=after,
        settled=settled,
        lookup=before["EXP_RERUN"],
        lookup_error=before["EXP_RERUN_ERROR"],
        call_error=after["CALL_ERROR"],
    )
    assert observed == check.variant().name, f"expected: {check.variant().statement}"
    assert settled["EXP_CALLS"] == 1, "the call was made once (no rerun loop)"
    if observed == "absent":
        assert before["EXP_RERUN"] == "absent", "looking the attribute up fails too"
        assert after["CALL_ERROR"] == check.expect("error") == before["EXP_RERUN_ERROR"], "it raises AttributeError"
        assert runs == 1, "no rerun followed the failed call"
    else:
        assert before["EXP_RERUN"] == "present", "the attribute exists"
