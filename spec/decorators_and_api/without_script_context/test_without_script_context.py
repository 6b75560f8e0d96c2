"""API-04: outside `streamlit run` a fragment call returns None and does not run its body."""

import pytest


@pytest.mark.clause("API-04")
def test_fragment_call_without_context_is_a_no_op(bare_run, check):
    out = bare_run()
    check.observe(result=out["RESULT"], body_ran=out["BODY_RAN"], **out.extra)
    assert out.extra["exit_code"] == 0, "the script ran to its end under plain python"
    assert out["RESULT"] == "None", "the call returned None"
    assert out["BODY_RAN"] == 0, "the fragment body did not run"
