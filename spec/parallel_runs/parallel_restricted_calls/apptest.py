"""PAR-03: what a parallel fragment may not call, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import fixture_app, shown

ERROR_VARIANTS = {
    "StreamlitAPIException": "api-exception",
    "StreamlitInvalidLayoutContextError": "layout-context-error",
}


def _refused_in_worker(case, call: str) -> dict:
    snap = shown(fixture_app("parallel_restricted_calls"))
    error = snap[f"{call}_ERROR"]
    case.saw(ERROR_VARIANTS.get(error, f"raised-{error}"))
    case.observe(error=error, says=snap[f"{call}_SAYS"], markers=snap)
    case.check(
        snap["WORKER_DONE"] == 1,
        "the parallel fragment went on after the refusal",
        f"WORKER_DONE={snap['WORKER_DONE']}",
    )
    case.check(error == case.expect("error"), f"the call raised {case.expect('error')}", f"{call}_ERROR={error}")
    case.check(
        snap[f"{call}_SAYS"] == "yes",
        "the message says it cannot be called from a parallel fragment",
        f"{call}_SAYS={snap[f'{call}_SAYS']}",
    )
    return snap


@scenario("PAR-03")
def parallel_fragment_cannot_open_a_dialog(case):
    snap = _refused_in_worker(case, "DIALOG")
    case.check(snap["DIALOG_BODY"] is None, "no dialog opened", f"DIALOG_BODY={snap['DIALOG_BODY']}")


@scenario("PAR-03")
def parallel_fragment_cannot_switch_page(case):
    snap = _refused_in_worker(case, "SWITCH")
    case.check(
        snap["FULL"] == 1 and snap["BARRIER"] == 1,
        "the app stayed on its page and finished its run",
        f"FULL={snap['FULL']}, BARRIER={snap['BARRIER']}",
    )
