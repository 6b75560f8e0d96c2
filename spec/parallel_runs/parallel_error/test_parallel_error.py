"""PAR-04: an exception in a parallel fragment during a full run stays in its container; the app goes on."""

import pytest

from conformance import adapter

# For each exception on the page: is it inside the innermost block that holds the element of marker `name`?


def _inside_block_of(app, name: str):
    return app.in_block_of(adapter.EXCEPTION, name)


@pytest.mark.clause("PAR-04")
def test_parallel_fragment_error_stays_in_its_container_and_app_goes_on(app, check):
    snap = app.wait_for(at_least={"FAIL_START": 1, "HEALTHY": 1, "TAIL": 1})
    errors = app.exceptions()
    inside = _inside_block_of(app, "FAIL_START")
    check.observe(markers=snap, exceptions=errors, inside_fragment=inside)
    assert snap["PARALLEL"] == "present", "st.fragment has the `parallel` parameter"
    assert [(e["error"], e["message"]) for e in errors] == [("ValueError", "kit-parallel-failure")], (
        "the fragment's exception is shown once"
    )
    assert errors[0]["after"] == "FAIL_START" and inside == [True], (
        "the exception is shown inside the failing fragment's container"
    )
    assert snap["TAIL"] == 1 and snap["HEALTHY"] == 1 and snap["BARRIER"] == 1, (
        "the rest of the app (main code and the other parallel fragment) still ran"
    )
