"""STOP-01: st.stop() in a fragment ends a fragment rerun only, and a full run entirely."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, exceptions, fixture_app, shown

APP = "fragment_stop"


@scenario("STOP-01")
def stop_in_fragment_rerun_ends_only_that_run(case):
    at = fixture_app(APP)
    before = shown(at)
    after = shown(click(at, "Stop in fragment"))
    errors = exceptions(at)
    case.observe(before=before, after=after, exceptions=errors)
    case.check(
        after.all("FRAG_REST") == [],
        "the fragment's output after st.stop() was removed",
        f"FRAG_REST {after.all('FRAG_REST')}",
    )
    case.rose_by("FRAG_START", before, after, 1, "the fragment ran once")
    for name in ("FULL", "BEFORE", "AFTER", "TAIL"):
        case.check(
            after.all(name) == before.all(name),
            f"{name} outside the fragment stayed as it was",
            f"{name} {before.all(name)} -> {after.all(name)}",
        )
    case.check(errors == [], "st.stop() shows no error", str(errors)[:120])


@scenario("STOP-01")
def stop_in_fragment_during_full_run_stops_the_script(case):
    at = fixture_app(APP)
    before = shown(at)
    after = shown(click(at, "Stop on next full run"))
    errors = exceptions(at)
    case.observe(before=before, after=after, exceptions=errors)
    case.check(after["BEFORE"] == after["FULL"], "main code before the fragment call ran", f"BEFORE={after['BEFORE']}")
    case.check(after["FRAG_REST"] is None, "the fragment body stopped at st.stop()", f"FRAG_REST={after['FRAG_REST']}")
    case.check(
        after.all("AFTER") == [] and after.all("TAIL") == [],
        "main code after the fragment call did not run",
        f"AFTER {after.all('AFTER')}, TAIL {after.all('TAIL')}",
    )
    case.check(
        after.all("BARRIER") == [], "the last fragment of the script did not run", f"BARRIER {after.all('BARRIER')}"
    )
    case.check(errors == [], "st.stop() shows no error", str(errors)[:120])
