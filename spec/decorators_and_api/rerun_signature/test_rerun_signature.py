"""API-05: which ways of passing `scope` to `st.rerun` work (called from a fragment rerun)."""

import pytest


def _call(app, button: str, name: str):
    """Click `button`; return (outcome, before, settled): "ok" when the fragment was rerun by the call, else
    the exception class the call raised."""
    before = app.markers()
    app.click(button)
    after = app.wait_for(at_least={"FRAG": before["FRAG"] + 1, f"{name}_CALLS": 1})
    settled = app.barrier()
    error = settled[f"{name}_ERROR"]
    if after.timed_out:
        outcome = "no-run"
    elif error is not None:
        outcome = error
    elif settled["FRAG"] == before["FRAG"] + 2 and settled["FULL"] == before["FULL"]:
        outcome = "ok"
    else:
        outcome = (
            f"other(frag+{(settled['FRAG'] or 0) - before['FRAG']},full+{(settled['FULL'] or 0) - before['FULL']})"
        )
    return outcome, before, settled


@pytest.mark.clause("API-05")
def test_rerun_scope_by_keyword(app, check):
    outcome, before, settled = _call(app, "Keyword scope", "KEYWORD")
    check.observe(keyword=outcome, before=before, settled=settled)
    assert outcome == check.expect("keyword"), f"expected: {check.variant().statement}"
    assert settled["KEYWORD_CALLS"] == 1, "the call was made once (no rerun loop)"
    assert settled["TAIL"] == before["TAIL"], "no full run followed"


@pytest.mark.clause("API-05")
def test_rerun_scope_positionally(app, check):
    outcome, before, settled = _call(app, "Positional scope", "POSITIONAL")
    check.observe(positional=outcome, before=before, settled=settled)
    assert outcome == check.expect("positional"), f"expected: {check.variant().statement}"
    assert settled["POSITIONAL_CALLS"] == 1, "the call was made once (no rerun loop)"
    assert settled["TAIL"] == before["TAIL"], "no full run followed"
