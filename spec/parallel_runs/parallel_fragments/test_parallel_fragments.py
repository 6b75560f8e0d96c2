"""PAR-01, PAR-02, PAR-03: parallel fragments in a full run, on a fragment rerun, and writing outside."""

import pytest

A_SLEEP_MS = 1500  # what the app sleeps in fragment A
B_SLEEP_MS = 1000  # and in fragment B

# Exception class -> PAR-03 variant name.
_ERROR_VARIANTS = {
    "StreamlitAPIException": "api-exception",
    "StreamlitInvalidLayoutContextError": "layout-context-error",
}


def _settled(app):
    """The first full run with both parallel fragments finished (they sleep, so the run is slow)."""
    return app.wait_for(at_least={"A_RUNS": 1, "B_RUNS": 1})


def _order(app) -> list[str]:
    return app.marker_names()


@pytest.mark.clause("PAR-01")
def test_parallel_bodies_run_concurrently_with_each_other_and_the_script(app, check):
    snap = _settled(app)
    check.observe(markers=snap)
    assert snap["PARALLEL"] == "present", "st.fragment has the `parallel` parameter"
    assert not snap.timed_out, "both parallel fragments finished"
    span = max(snap["A_END"], snap["B_END"]) - min(snap["A_START"], snap["B_START"])
    check.observe(
        span_ms=span,
        main_at_before_a_end_ms=snap["A_END"] - snap["MAIN_AT"],
        a_ms=snap["A_END"] - snap["A_START"],
        b_ms=snap["B_END"] - snap["B_START"],
    )
    assert snap["A_START"] < snap["B_END"] and snap["B_START"] < snap["A_END"], (
        "the two fragment bodies ran at the same time (their intervals overlap)"
    )
    assert span < A_SLEEP_MS + B_SLEEP_MS, "both bodies took about as long as the longer one, not the sum"
    assert snap["MAIN_AT"] < snap["A_END"], "the main script went on past both calls while the bodies still ran"
    assert snap["A_THREAD"] != snap["SCRIPT_THREAD"] and snap["B_THREAD"] != snap["SCRIPT_THREAD"], (
        "the bodies did not run on the script thread"
    )


@pytest.mark.clause("PAR-01")
def test_parallel_output_sits_at_call_sites_in_call_order(app, check):
    snap = _settled(app)
    order = _order(app)
    check.observe(markers=snap, order=order)
    assert snap["PARALLEL"] == "present", "st.fragment has the `parallel` parameter"
    assert not snap.timed_out, "both parallel fragments finished"
    assert snap["B_END"] < snap["A_END"], "B finished before A (the app makes completion order differ)"
    wanted = ["BEFORE", "A_START", "A_END", "BETWEEN", "B_START", "B_END", "MAIN_AT", "AFTER", "BARRIER"]
    seen = [name for name in order if name in wanted]
    assert seen == wanted, "each fragment's output sits at its call site, in call order, not completion order"


@pytest.mark.clause("PAR-01")
def test_full_run_waits_for_parallel_fragments(app, check):
    app.record_run_states(["A_END", "B_END"])
    snap = app.open()  # a fresh session, now watched from its first run on
    snap = _settled(app)
    log = app.run_states()
    check.observe(markers=snap, run_log=log)
    assert snap["PARALLEL"] == "present", "st.fragment has the `parallel` parameter"
    assert not snap.timed_out, "both parallel fragments finished"
    started = next((i for i, e in enumerate(log) if e["state"] == "running"), None)
    assert started is not None, "the first run was seen running"
    early = [
        e for e in log[started:] if e["state"] == "notRunning" and not (e["shown"]["A_END"] and e["shown"]["B_END"])
    ]
    assert not early, "the run was not reported finished before both parallel fragments had finished"


@pytest.mark.clause("PAR-01")
def test_parallel_fragment_call_returns_none(app, check):
    snap = _settled(app)
    check.observe(markers=snap)
    assert snap["PARALLEL"] == "present", "st.fragment has the `parallel` parameter"
    assert snap["RET_A"] == "None" and snap["RET_B"] == "None", (
        "calling a parallel fragment returns None (the bodies return strings)"
    )


@pytest.mark.clause("PAR-02")
def test_fragment_rerun_of_parallel_fragment_runs_on_script_thread(app, check):
    before = _settled(app)
    app.click("Rerun A")
    after = app.wait_for(A_RUNS=before["A_RUNS"] + 1)
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    assert before["PARALLEL"] == "present", "st.fragment has the `parallel` parameter"
    assert not after.timed_out, "fragment A reran after its button was clicked"
    assert before["A_THREAD"] != before["SCRIPT_THREAD"], "in the full run A ran off the script thread"
    assert settled["A_THREAD"] == settled["SCRIPT_THREAD"], "in its fragment rerun A ran on the script thread"
    assert settled["A_END"] - settled["A_START"] >= A_SLEEP_MS, "the rerun ran A's body to its end"
    assert settled["FULL"] == before["FULL"], "the main script did not run"
    assert settled["B_RUNS"] == before["B_RUNS"], "the other parallel fragment did not run"


@pytest.mark.clause("PAR-03")
def test_parallel_fragment_write_to_outside_container_raises(app, check):
    snap = _settled(app)
    observed = _ERROR_VARIANTS.get(snap["C_ERROR"], f"raised-{snap['C_ERROR']}")
    check.saw(observed)
    check.observe(error=snap["C_ERROR"], message=snap["C_MESSAGE"], markers=snap)
    assert snap["PARALLEL"] == "present", "st.fragment has the `parallel` parameter"
    assert snap["C_ERROR"] == check.expect("error"), f"the outside write raised: {check.variant().statement}"
    assert observed == check.variant().name, f"expected {check.variant().statement}"
    assert snap["C_OUTSIDE_WRITE"] is None, "nothing was written to the outside container"
    assert snap["C_INSIDE"] == 1, "the fragment went on after catching the error"
