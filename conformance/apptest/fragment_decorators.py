"""API-01, API-02, API-03, API-08: the fragment decorators, their forms, signature and deprecation warning."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, shown, warnings

FORMS = ["BARE", "CALLED", "TIMED", "DIRECT"]


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
        case.check(before["ALIAS_ERROR"] == case.expect("error"), "the removed alias raises AttributeError",
                   f"ALIAS_ERROR={before['ALIAS_ERROR']}")
    else:
        after = shown(click(at, "Alias button"))
        observed = _alias_outcome(before, after)
        case.saw(observed)
        case.observe(before=before, after=after)
    case.check(observed == case.variant.name, f"behaviour {case.variant.name!r}", f"{observed!r}")
    if case.variant_named("misplaced-rerun"):
        case.note("Where a rerun draws its output is browser layout; AppTest can only show whether it was a "
                  "fragment rerun.")


@scenario("API-02")
def st_fragment_parameters(case):
    at = fixture_app("fragment_signature")
    signature = shown(at)["SIGNATURE"]
    case.observe(signature=signature)
    case.check(signature == case.expect("signature"), "the parameters are " + case.expect("signature"), signature)


@scenario("API-02")
def st_fragment_makes_a_fragment(case):
    at = fixture_app("fragment_signature")
    before = shown(at)
    after = shown(click(at, "Plain button"))
    case.observe(before=before, after=after)
    case.rose_by("PLAIN", before, after, 1, "the st.fragment function reran when its button was clicked")
    case.unchanged("FULL", before, after, "only the fragment ran")


@scenario("API-03")
def decorated_function_keeps_its_metadata(case):
    page = shown(fixture_app("decorator_forms"))
    kept = {form: page[f"KEPT_{form}"] for form in FORMS}
    case.observe(kept=kept)
    case.check(kept == {form: "name,dict,signature" for form in FORMS},
               "every form keeps __name__, __dict__ and signature", str(kept))


@scenario("API-03")
def every_decorator_form_makes_a_fragment(case):
    at = fixture_app("decorator_forms")
    before = shown(at)
    for form in FORMS:
        click(at, f"{form} button")
    after = shown(at)
    case.observe(before=before, after=after)
    deltas = {form: (after[form] or 0) - before[form] for form in FORMS}
    case.check(all(d == 1 for d in deltas.values()), "one click on each form's button reran that fragment once",
               ", ".join(f"{form} +{d}" for form, d in deltas.items()))
    case.unchanged("FULL", before, after, "no full run happened")


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
    case.check(not any(w["after"] in ("CALL_CALLED", "CALLED_FRAG") for w in found),
               "the parenthesised fragment's body shows no warning", str(where))
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
