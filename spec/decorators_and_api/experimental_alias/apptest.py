"""API-01: `st.experimental_fragment` as an alias of `st.fragment`, or gone, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, shown


def _alias_outcome(before, after) -> str:
    """Which API-01 behaviour a click on the alias fragment's button showed (as the browser check names it)."""
    if after.all("FULL") != before.all("FULL"):
        return "not-a-fragment" if (after["FULL"] or 0) > before["FULL"] else "misplaced-rerun"
    if after.all("ALIAS_FRAG") != [str(before["ALIAS_FRAG"] + 1)]:
        return "misplaced-rerun"
    return "fragment"


@scenario("API-01")
def experimental_fragment_makes_a_fragment_or_is_gone(case):
    at = fixture_app("experimental_alias")
    before = shown(at)
    if before["ALIAS"] == "absent":
        observed = "absent"
        case.saw(observed)
        case.observe(error=before["ALIAS_ERROR"])
        case.check(
            before["ALIAS_ERROR"] == case.expect("error"),
            "the removed alias raises AttributeError",
            f"ALIAS_ERROR={before['ALIAS_ERROR']}",
        )
    else:
        after = shown(click(at, "Alias button"))
        observed = _alias_outcome(before, after)
        case.saw(observed)
        case.observe(before=before, after=after)
    case.check(observed == case.variant.name, f"behaviour {case.variant.name!r}", f"{observed!r}")
    if case.variant_named("misplaced-rerun"):
        case.note(
            "Where a rerun draws its output is browser layout; AppTest can only show whether it was a fragment rerun."
        )
