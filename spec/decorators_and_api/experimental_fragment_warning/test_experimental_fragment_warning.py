"""API-08: where the deprecation warning of `st.experimental_fragment` shows, bare and parenthesised."""

import pytest


def _warnings(app) -> list[dict]:
    """Every alert that mentions st.experimental_fragment, in page order: the last marker drawn before it, and
    whether the innermost block around it is the bare fragment's (holds BARE_FRAG but not CALL_BARE)."""
    return [
        {
            "after": a["after"],
            "in_bare_fragment": "BARE_FRAG" in a["block_markers"] and "CALL_BARE" not in a["block_markers"],
        }
        for a in app.alerts("experimental_fragment")
    ]


def _where(warning: dict) -> str:
    """Where one warning is drawn: inside the bare fragment's container, in the main script just before the
    fragment (its call site), at the top of the page (before every marker), or after another marker."""
    if warning["in_bare_fragment"]:
        return "inside-fragment"
    if warning["after"] == "CALL_BARE":
        return "call-site"
    if warning["after"] is None:
        return "top-of-page"
    return f"after-{warning['after']}"


def _variant(warnings: list[dict]) -> str:
    """Which API-08 variant the warnings of a full run show."""
    if [w["after"] for w in warnings] == ["DECORATE_BARE", "DECORATE_CALLED"]:
        return "at-decoration"
    if len(warnings) == 1 and _where(warnings[0]) in ("inside-fragment", "call-site"):
        return "when-body-runs"
    return f"other({warnings})"


@pytest.mark.clause("API-08")
def test_deprecation_warning_on_full_run(app, check):
    snap = app.markers()
    warnings = _warnings(app)
    observed = _variant(warnings)
    where = [_where(w) for w in warnings]
    # The registry's statement for 1.38-1.48 says "inside the fragment"; an `expect.placement` overrides it.
    placement = check.variant().expect.get("placement", "inside-fragment")
    check.saw(observed)
    check.observe(where=where, warnings=warnings, markers=snap, expected_placement=placement)
    assert snap["ALIAS"] == "present", "st.experimental_fragment exists"
    assert observed == check.variant().name, f"expected: {check.variant().statement}"
    assert not any(w["after"] in ("CALL_CALLED", "CALLED_FRAG") for w in warnings), (
        "the parenthesised fragment's body shows no warning"
    )
    if observed == "when-body-runs":
        assert where == [placement], f"the bare fragment's run draws its one warning at: {placement}"


@pytest.mark.clause("API-08")
def test_deprecation_warning_on_bare_fragment_rerun(app, check):
    before = app.markers()
    first = _warnings(app)
    app.click("Bare button")
    after = app.wait_for(shown={"BARE_FRAG": before["BARE_FRAG"] + 1})
    settled = app.barrier()
    warnings = _warnings(app)
    where = [_where(w) for w in warnings]
    # The registry's statement for 1.38-1.48 says "inside the fragment"; an `expect.rerun_placement` overrides it.
    placement = check.variant().expect.get("rerun_placement", "inside-fragment")
    check.saw(_variant(first))
    check.observe(
        before=before,
        settled=settled,
        warnings_before=first,
        warnings_after=warnings,
        where_after=where,
        expected_rerun_placement=placement,
    )
    assert not after.timed_out, "the bare fragment reran"
    assert settled["TAIL"] == before["TAIL"], "no full run followed"
    if check.variant().name == "at-decoration":
        assert warnings == first, "a fragment rerun does not apply the decorator again: no new or moved warning"
    else:
        assert where == [placement], f"after the bare fragment's rerun its one warning is drawn at: {placement}"


@pytest.mark.clause("API-08")
def test_no_deprecation_warning_on_parenthesised_fragment_rerun(app, check):
    before = app.markers()
    first = _warnings(app)
    app.click("Called button")
    after = app.wait_for(CALLED_FRAG=before["CALLED_FRAG"] + 1)
    settled = app.barrier()
    warnings = _warnings(app)
    check.observe(before=before, settled=settled, warnings_before=first, warnings_after=warnings)
    assert not after.timed_out, "the parenthesised fragment reran"
    assert warnings == first, "a rerun of the parenthesised fragment adds or moves no warning"
    assert settled["FULL"] == before["FULL"] and settled["TAIL"] == before["TAIL"], "no full run followed"
