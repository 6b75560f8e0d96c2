"""API-01: `st.experimental_fragment` makes a fragment until it is removed."""

import pytest

APP = "experimental_alias"


@pytest.mark.clause("API-01")
def test_experimental_fragment_makes_a_fragment_or_is_gone(app, check):
    before = app.markers()
    if before["ALIAS"] == "absent":
        observed = "absent"
        check.observe(variant=observed, error=before["ALIAS_ERROR"])
    else:
        app.click("Alias button")
        after = app.wait_for(ALIAS_FRAG=before["ALIAS_FRAG"] + 1)
        settled = app.barrier()
        scoped = not after.timed_out and settled["FULL"] == before["FULL"]
        observed = "fragment" if scoped else "not-a-fragment"
        check.observe(variant=observed, before=before, after=after, settled=settled)
    assert observed == check.variant().name, f"expected {check.variant().statement}"
    if observed == "absent":
        assert before["ALIAS_ERROR"] == check.expect("error"), "the removed alias raises AttributeError"
