"""API-08: where the deprecation warning of `st.experimental_fragment` shows, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, shown, warnings


def _warning_place(warning: dict) -> str:
    """Where one deprecation warning is drawn, named as the browser check names it."""
    markers = warning["block_markers"]
    if "BARE_FRAG" in markers and "CALL_BARE" not in markers:
        return "inside-fragment"
    if warning["after"] == "CALL_BARE":
        return "call-site"
    if warning["after"] is None:
        return "top-of-page"
    return f"after-{warning['after']}"


def _warning_variant(found: list[dict]) -> str:
    if [w["after"] for w in found] == ["DECORATE_BARE", "DECORATE_CALLED"]:
        return "at-decoration"
    if len(found) == 1 and _warning_place(found[0]) in ("inside-fragment", "call-site"):
        return "when-body-runs"
    return f"other({[_warning_place(w) for w in found]})"


@scenario("API-08")
def deprecation_warning_on_full_run(case):
    at = fixture_app("experimental_fragment_warning")
    found = warnings(at, "experimental_fragment")
    observed, where = _warning_variant(found), [_warning_place(w) for w in found]
    case.saw(observed)
    case.observe(where=where, warnings=found)
    case.check(observed == case.variant.name, f"behaviour {case.variant.name!r}", observed)
    case.check(
        not any(w["after"] in ("CALL_CALLED", "CALLED_FRAG") for w in found),
        "the parenthesised fragment's body shows no warning",
        str(where),
    )
    if observed == "when-body-runs":
        placement = case.expect("placement")
        case.check(where == [placement], f"the bare fragment's run draws its one warning at: {placement}", str(where))


@scenario("API-08")
def deprecation_warning_on_bare_fragment_rerun(case):
    at = fixture_app("experimental_fragment_warning")
    first = [_warning_place(w) for w in warnings(at, "experimental_fragment")]
    before = shown(at)
    click(at, "Bare button")
    after, where = shown(at), [_warning_place(w) for w in warnings(at, "experimental_fragment")]
    case.observe(before=before, after=after, where_before=first, where_after=where)
    case.unchanged("TAIL", before, after, "the click reran only the bare fragment")
    if case.variant_named("at-decoration"):
        case.check(where == first, "a fragment rerun adds or moves no warning", f"{first} -> {where}")
    else:
        placement = case.expect("rerun_placement")
        case.check(where == [placement], f"after the rerun its one warning is drawn at: {placement}", str(where))
