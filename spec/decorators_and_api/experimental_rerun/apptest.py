"""API-06: `st.experimental_rerun`, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, shown


@scenario("API-06")
def experimental_rerun_reruns_or_is_gone(case):
    at = fixture_app("experimental_rerun")
    before = shown(at)
    after = shown(click(at, "Experimental rerun"))
    runs, tails = (after["FULL"] or 0) - before["FULL"], (after["TAIL"] or 0) - before["TAIL"]
    if after["CALL_ERROR"] is not None:
        observed = "absent"
    elif runs == 2 and tails == 1:
        observed = "rerun-alias"
    else:
        observed = f"other(full+{runs},tail+{tails})"
    case.saw(observed)
    case.observe(before=before, after=after)
    case.check(observed == case.variant.name, f"behaviour {case.variant.name!r}", observed)
    case.check(after["EXP_CALLS"] == 1, "the call was made once (no rerun loop)", f"EXP_CALLS={after['EXP_CALLS']}")
    if observed == "absent":
        case.check(
            after["CALL_ERROR"] == case.expect("error") == before["EXP_RERUN_ERROR"],
            "looking it up and calling it raise AttributeError",
            f"lookup {before['EXP_RERUN_ERROR']}, call {after['CALL_ERROR']}",
        )
        case.check(runs == 1, "no rerun followed the failed call", f"full+{runs}")
