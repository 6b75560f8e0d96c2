"""RERUN-08: a nested child running inside its parent's rerun calls `st.rerun(scope="fragment")`."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, exceptions, fixture_app, shown


@scenario("RERUN-08")
def child_scoped_rerun_during_parent_rerun_is_an_internal_error(case):
    at = fixture_app("nested_scoped_rerun")
    before = shown(at)
    after = shown(click(at, "Parent button"))
    errors = exceptions(at)
    case.observe(before=before, after=after, exceptions=errors)
    case.check(bool(errors), "an exception is shown", "none")
    if errors:
        first = errors[0]
        case.check(first["error"] == case.expect("error"), f"the exception is {case.expect('error')}", first["error"])
        case.check(
            "Could not find current_fragment_id" in first["message"],
            "the internal error names the fragment queue",
            first["message"][:120],
        )
        case.check(
            first["after"] == "CHILD", "it is drawn in the child, where st.rerun was called", f"after {first['after']}"
        )
    case.check(after.all("CHILD_END") == [], "the child stopped at st.rerun", f"CHILD_END {after.all('CHILD_END')}")
    case.unchanged("FULL", before, after, "the main script did not run")
