"""API-01: `st.experimental_fragment` makes a fragment until it is removed (1.38-1.48: misplaced reruns)."""

import pytest


def _rerun_outcome(before, settled, timed_out: bool) -> str:
    """Which API-01 behaviour a click on the alias fragment's button showed."""
    if timed_out:
        return "no-rerun"
    if settled.all("FULL") != before.all("FULL"):
        return "not-a-fragment" if (settled["FULL"] or 0) > before["FULL"] else "misplaced-rerun"
    if settled.all("ALIAS_FRAG") != [str(before["ALIAS_FRAG"] + 1)]:
        return "misplaced-rerun"
    return "fragment"


@pytest.mark.clause("API-01")
def test_experimental_fragment_makes_a_fragment_or_is_gone(app, check):
    before = app.markers()
    if before["ALIAS"] == "absent":
        observed = "absent"
        check.observe(error=before["ALIAS_ERROR"])
    else:
        app.click("Alias button")
        after = app.wait_for(shown={"ALIAS_FRAG": before["ALIAS_FRAG"] + 1})
        settled = app.barrier()
        observed = _rerun_outcome(before, settled, after.timed_out)
        check.observe(before=before, after=after, settled=settled)
    check.saw(observed)
    assert observed == check.variant().name, f"expected: {check.variant().statement}"
    if observed == "absent":
        assert before["ALIAS_ERROR"] == check.expect("error"), "the removed alias raises AttributeError"
