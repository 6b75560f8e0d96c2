"""EXT-05: the first write of a fragment rerun to an outside container, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, exceptions, fixture_app, shown


@scenario("EXT-05")
def first_outside_write_in_fragment_rerun_raises(case):
    at = fixture_app("outside_first_write")
    before = shown(at)
    after = shown(click(at, "Write outside"))
    errors = exceptions(at)
    case.observe(before=before, after=after, exceptions=errors)
    case.check(
        len(errors) == 1 and errors[0]["error"] == case.expect("error"),
        f"it raises {case.expect('error')}",
        str([e["error"] for e in errors]),
    )
    case.check(
        bool(errors) and case.expect("message") in errors[0]["message"],
        f"its message reads {case.expect('message')!r}",
        errors[0]["message"][:120] if errors else "none",
    )
    case.check(after.all("LATE") == [], "nothing was written into the outside container", f"LATE {after.all('LATE')}")
    case.unchanged("FULL", before, after, "the click reran only the fragment")
