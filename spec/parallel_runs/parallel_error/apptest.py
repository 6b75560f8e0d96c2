"""PAR-04: an exception in a parallel fragment, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import exceptions, fixture_app, shown


@scenario("PAR-04")
def parallel_fragment_error_stays_in_its_container_and_app_goes_on(case):
    at = fixture_app("parallel_error")
    snap, errors = shown(at), exceptions(at)
    case.observe(markers=snap, exceptions=errors)
    case.check(
        [(e["error"], e["message"]) for e in errors] == [("ValueError", "kit-parallel-failure")],
        "the fragment's exception is shown once",
        str([(e["error"], e["message"][:60]) for e in errors]),
    )
    case.check(
        bool(errors) and errors[0]["after"] == "FAIL_START" and "FAIL_START" in errors[0]["block_markers"],
        "it is shown inside the failing fragment's container",
        str(errors[:1])[:160],
    )
    case.check(
        snap["TAIL"] == 1 and snap["HEALTHY"] == 1 and snap["BARRIER"] == 1,
        "the rest of the app (main code and the other parallel fragment) still ran",
        f"TAIL={snap['TAIL']}, HEALTHY={snap['HEALTHY']}, BARRIER={snap['BARRIER']}",
    )
