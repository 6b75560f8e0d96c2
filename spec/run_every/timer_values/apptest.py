"""TIMER-01, TIMER-02: the `run_every` values a fragment takes, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import fixture_app, let_time_pass, shown

TICKING = ("INT", "FLOAT", "TIMEDELTA", "STRING")

FALSY = ("NONE", "ZERO", "ZERO_FLOAT", "ZERO_TIMEDELTA")


@scenario("TIMER-01")
def each_run_every_type_is_accepted_and_a_malformed_string_raises(case):
    page = shown(fixture_app("timer_values"))
    runs = {kind: page[f"RUNS_{kind}"] for kind in TICKING + FALSY}
    case.observe(runs=runs, decorated=page["BAD_DECORATED"], error=page["BAD_ERROR"])
    case.check(all(n == 1 for n in runs.values()), "a fragment of every run_every type ran in the full run", str(runs))
    case.check(
        page["BAD_DECORATED"] == "yes",
        "applying the decorator with a malformed string did not raise",
        f"BAD_DECORATED={page['BAD_DECORATED']}",
    )
    case.check(
        page["BAD_ERROR"] == case.expect("error"),
        f"calling it in a full run raised {case.expect('error')}",
        f"BAD_ERROR={page['BAD_ERROR']}",
    )
    case.note("That each type ticks at its interval is not observable: AppTest makes no automatic reruns.")


@scenario("TIMER-02")
def falsy_run_every_schedules_no_reruns(case):
    at = fixture_app("timer_values")
    waited = let_time_pass(1.2)  # more than two intervals of the 0.5 s control fragment
    page = shown(at)
    falsy = {kind: page[f"RUNS_{kind}"] for kind in FALSY}
    case.observe(falsy_runs=falsy, control_runs=page["RUNS_FLOAT"], waited_s=waited)
    case.check(
        page["RUNS_FLOAT"] >= 3,
        "the control fragment (run_every=0.5) kept ticking, so that the falsy ones' silence means something",
        f"RUNS_FLOAT={page['RUNS_FLOAT']} after {waited} s",
    )
    case.check(
        all(n == 1 for n in falsy.values()), "fragments with a falsy run_every ran only in the full run", str(falsy)
    )
