"""PAR-01, PAR-02, PAR-03: parallel fragments (`@st.fragment(parallel=True)`, 1.58+)."""

from functools import lru_cache
from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, shown

A_SLEEP_MS = 1500  # what the fixture sleeps in fragment A

B_SLEEP_MS = 1000  # and in fragment B

ERROR_VARIANTS = {
    "StreamlitAPIException": "api-exception",
    "StreamlitInvalidLayoutContextError": "layout-context-error",
}


@lru_cache(maxsize=1)
def _first_run():
    """The fixture's first full run (it sleeps about 1.5 s), shared by the scenarios that only read it."""
    return shown(fixture_app("parallel_fragments"))


@scenario("PAR-01")
def parallel_bodies_run_concurrently_at_their_call_sites(case):
    snap = _first_run()
    case.observe(markers=snap)
    case.check(
        snap["PARALLEL"] == "present", "st.fragment has the `parallel` parameter", f"PARALLEL={snap['PARALLEL']}"
    )
    case.check(
        snap["A_END"] is not None and snap["B_END"] is not None,
        "the run finished only after both parallel fragments had",
        f"A_END={snap['A_END']}, B_END={snap['B_END']}",
    )
    if snap["A_END"] is None or snap["B_END"] is None:
        return
    span = max(snap["A_END"], snap["B_END"]) - min(snap["A_START"], snap["B_START"])
    case.observe(span_ms=span)
    case.check(
        snap["A_START"] < snap["B_END"] and snap["B_START"] < snap["A_END"] and span < A_SLEEP_MS + B_SLEEP_MS,
        "the two bodies ran at the same time",
        f"span {span} ms",
    )
    case.check(
        snap["MAIN_AT"] < snap["A_END"],
        "the main script went on past both calls while the bodies still ran",
        f"MAIN_AT {snap['MAIN_AT']}, A_END {snap['A_END']}",
    )
    case.check(
        snap["A_THREAD"] != snap["SCRIPT_THREAD"] and snap["B_THREAD"] != snap["SCRIPT_THREAD"],
        "the bodies did not run on the script thread",
        f"{snap['A_THREAD']}, {snap['B_THREAD']}",
    )
    wanted = ["BEFORE", "A_START", "A_END", "BETWEEN", "B_START", "B_END", "MAIN_AT", "AFTER", "BARRIER"]
    seen = [name for name in snap.names() if name in wanted]
    case.check(seen == wanted, "each fragment's output sits at its call site, in call order", str(seen))
    case.check(
        snap["RET_A"] == "None" and snap["RET_B"] == "None",
        "calling a parallel fragment returns None",
        f"RET_A={snap['RET_A']}, RET_B={snap['RET_B']}",
    )


@scenario("PAR-02")
def fragment_rerun_of_parallel_fragment_runs_on_script_thread(case):
    at = fixture_app("parallel_fragments")
    before = shown(at)
    after = shown(click(at, "Rerun A"))
    case.observe(before=before, after=after)
    case.rose_by("A_RUNS", before, after, 1, "fragment A reran")
    case.check(
        after["A_THREAD"] == after["SCRIPT_THREAD"],
        "in its fragment rerun A ran on the script thread",
        f"A_THREAD={after['A_THREAD']}, SCRIPT_THREAD={after['SCRIPT_THREAD']}",
    )
    case.unchanged("FULL", before, after, "the main script did not run")
    case.unchanged("B_RUNS", before, after, "the other parallel fragment did not run")


@scenario("PAR-03")
def parallel_fragment_write_to_outside_container_raises(case):
    snap = _first_run()
    observed = ERROR_VARIANTS.get(snap["C_ERROR"], f"raised-{snap['C_ERROR']}")
    case.saw(observed)
    case.observe(error=snap["C_ERROR"], message=snap["C_MESSAGE"])
    case.check(
        snap["C_ERROR"] == case.expect("error"),
        f"the outside write raised {case.expect('error')}",
        f"C_ERROR={snap['C_ERROR']}",
    )
    case.check(
        snap["C_OUTSIDE_WRITE"] is None,
        "nothing was written to the outside container",
        f"C_OUTSIDE_WRITE={snap['C_OUTSIDE_WRITE']}",
    )
    case.check(snap["C_INSIDE"] == 1, "the fragment went on after catching the error", f"C_INSIDE={snap['C_INSIDE']}")
