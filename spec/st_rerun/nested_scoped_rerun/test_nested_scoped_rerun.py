"""RERUN-08: a nested child running inside its parent's rerun calls `st.rerun(scope="fragment")`."""

import pytest


@pytest.mark.clause("RERUN-08")
def test_child_scoped_rerun_during_parent_rerun_is_an_internal_error(app, check):
    before = app.markers()
    app.click("Parent button")
    after = app.wait_for(PARENT=before["PARENT"] + 1, CHILD=before["CHILD"] + 1)
    errors = app.exceptions()
    settled = app.barrier()
    if errors:
        check.saw(check.variant_named_by(error=errors[0]["error"]) or errors[0]["error"])
    check.observe(before=before, after=after, settled=settled, exceptions=errors)
    assert not after.timed_out, "the parent reran and ran its child"
    assert errors, "an exception is shown"
    assert errors[0]["error"] == check.expect("error"), f"expected: {check.variant().statement}"
    assert "Could not find current_fragment_id" in errors[0]["message"], "the internal error names the fragment queue"
    assert errors[0]["after"] == "CHILD", "the error is drawn in the child, where st.rerun was called"
    assert settled.all("CHILD_END") == [], "the child stopped at st.rerun: its end marker was not drawn again"
    assert settled["CHILD"] == before["CHILD"] + 1, "no fragment rerun followed"
    assert settled["FULL"] == before["FULL"] and settled["TAIL"] == before["TAIL"], "the main script did not run"
