"""API-05: which ways of passing `scope` to `st.rerun` work, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, shown


def _scoped_call(button: str, name: str):
    """Click `button` in the fixture (a fragment button whose run calls st.rerun with a scope); return the
    outcome as the browser check names it: "ok" when only the fragment ran again, else the exception class."""
    at = fixture_app("rerun_signature")
    before = shown(at)
    after = shown(click(at, button))
    error = after[f"{name}_ERROR"]
    if error is not None:
        outcome = error
    elif after["FRAG"] == before["FRAG"] + 2 and after["FULL"] == before["FULL"]:
        outcome = "ok"
    else:
        outcome = f"other(frag+{(after['FRAG'] or 0) - before['FRAG']},full+{(after['FULL'] or 0) - before['FULL']})"
    return outcome, before, after


def _judge_scope_call(case, button: str, name: str, expect_key: str):
    outcome, before, after = _scoped_call(button, name)
    case.observe(outcome=outcome, before=before, after=after)
    case.check(outcome == case.expect(expect_key), f"{button.lower()}: {case.expect(expect_key)}", outcome)
    case.check(
        after[f"{name}_CALLS"] == 1, "the call was made once (no rerun loop)", f"{name}_CALLS={after[f'{name}_CALLS']}"
    )
    if outcome not in ("ok", "TypeError"):
        case.note(f"The click was a full run, where st.rerun(scope='fragment') raises {outcome} (RERUN-04).")


@scenario("API-05")
def rerun_scope_by_keyword(case):
    _judge_scope_call(case, "Keyword scope", "KEYWORD", "keyword")


@scenario("API-05")
def rerun_scope_positionally(case):
    _judge_scope_call(case, "Positional scope", "POSITIONAL", "positional")
