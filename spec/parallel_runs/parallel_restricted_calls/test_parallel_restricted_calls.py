"""PAR-03: a parallel fragment cannot open a dialog or switch page while the full run is going on."""

import pytest

from conformance.adapter import DIALOG

# Exception class -> PAR-03 variant name.
_ERROR_VARIANTS = {
    "StreamlitAPIException": "api-exception",
    "StreamlitInvalidLayoutContextError": "layout-context-error",
}


def _refusal(app, check, call: str):
    snap = app.wait_for(at_least={"WORKER_DONE": 1})
    error = snap[f"{call}_ERROR"]
    observed = _ERROR_VARIANTS.get(error, f"raised-{error}")
    check.saw(observed)
    check.observe(error=error, says=snap[f"{call}_SAYS"], markers=snap, dialogs_open=app.count(DIALOG))
    assert snap["PARALLEL"] == "present", "st.fragment has the `parallel` parameter"
    assert not snap.timed_out and snap["WORKER_DONE"] == 1, "the parallel fragment went on after the refusal"
    assert error == check.expect("error"), f"the call raised: {check.variant().statement}"
    assert observed == check.variant().name, f"expected {check.variant().statement}"
    assert snap[f"{call}_SAYS"] == "yes", "the message says the call cannot be made from a parallel fragment"
    return snap


@pytest.mark.clause("PAR-03")
def test_parallel_fragment_cannot_open_a_dialog(app, check):
    snap = _refusal(app, check, "DIALOG")
    assert snap["DIALOG_BODY"] is None and app.count(DIALOG) == 0, "no dialog opened"


@pytest.mark.clause("PAR-03")
def test_parallel_fragment_cannot_switch_page(app, check):
    snap = _refusal(app, check, "SWITCH")
    assert snap["FULL"] == 1 and snap["BARRIER"] == 1, "the app stayed on its page and finished its run"
