"""API-02: `st.fragment` exists, makes a fragment, and takes `func` positionally and the rest by keyword."""

import pytest


@pytest.mark.clause("API-02")
def test_st_fragment_parameters(app, check):
    page = app.markers()
    check.saw(check.variant_named_by(signature=page["SIGNATURE"]) or page["SIGNATURE"])
    check.observe(signature=page["SIGNATURE"])
    assert page["SIGNATURE"] == check.expect("signature"), check.variant().statement


@pytest.mark.clause("API-02")
def test_st_fragment_makes_a_fragment(app, check):
    before = app.markers()
    app.click("Plain button")
    after = app.wait_for(PLAIN=before["PLAIN"] + 1)
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    assert not after.timed_out, "the st.fragment function reran when its button was clicked"
    assert settled["FULL"] == before["FULL"], "only the fragment ran"
