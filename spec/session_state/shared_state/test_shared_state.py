"""STATE-01, STATE-02: fragments share Session State with the app; widget state across fragment reruns."""

import pytest


def _tick(app, label: str) -> None:
    """Click a checkbox by its label."""
    app.click_text(label)


@pytest.mark.clause("STATE-01")
def test_fragment_changes_to_session_state_add_up_and_reach_the_main_script(app, check):
    before = app.markers()
    app.click("Add button")
    first = app.wait_for(FRAG=before["FRAG"] + 1)
    app.click("Add button")
    second = app.wait_for(FRAG=before["FRAG"] + 2)
    app.click("Outer button")
    full = app.wait_for(FULL=before["FULL"] + 1, TAIL=before["TAIL"] + 1)
    check.observe(before=before, after_one_add=first, after_two_adds=second, after_full_run=full)
    assert not first.timed_out and not second.timed_out and not full.timed_out, "every run finished"
    assert first["FRAG_TOTAL"] == before["FRAG_TOTAL"] + 1, "the first fragment rerun added one to the total"
    assert second["FRAG_TOTAL"] == before["FRAG_TOTAL"] + 2, "the second fragment rerun added to the first one's change"
    assert second["MAIN_TOTAL"] == before["MAIN_TOTAL"], "the main output keeps its value until a full run"
    assert second["FULL"] == before["FULL"], "the fragment reruns did not run the main script"
    assert full["MAIN_TOTAL"] == before["MAIN_TOTAL"] + 2, "the next full run saw both additions"


@pytest.mark.clause("STATE-02")
def test_outside_widget_keeps_its_value_across_fragment_reruns(app, check):
    before = app.markers()
    _tick(app, "Outside checkbox")
    ticked = app.wait_for(MAIN_OUTSIDE="True", FULL=before["FULL"] + 1)
    app.click("Add button")
    frag = app.wait_for(FRAG=ticked["FRAG"] + 1)
    app.click("Add button")
    frag2 = app.wait_for(FRAG=ticked["FRAG"] + 2)
    app.click("Outer button")
    full = app.wait_for(FULL=ticked["FULL"] + 1)
    checked = app.is_checked("Outside checkbox")
    check.observe(
        before=before,
        ticked=ticked,
        after_fragment=frag,
        after_two_fragment_runs=frag2,
        after_full_run=full,
        outside_checked_in_page=checked,
    )
    assert not ticked.timed_out and not frag.timed_out and not frag2.timed_out and not full.timed_out, (
        "every run finished"
    )
    assert frag["FRAG_SEES_OUTSIDE"] == "True" and frag2["FRAG_SEES_OUTSIDE"] == "True", (
        "the outside checkbox kept its value during the fragment reruns"
    )
    assert full["MAIN_OUTSIDE"] == "True", "the next full run still saw the outside checkbox ticked"
    assert checked, "the outside checkbox is still ticked on the page"


@pytest.mark.clause("STATE-02")
def test_inside_widget_not_drawn_in_a_fragment_rerun_loses_its_state(app, check):
    before = app.markers()
    _tick(app, "Inner checkbox")
    ticked = app.wait_for(INNER_STATE="True", FRAG=before["FRAG"] + 1)
    app.click("Add button")
    kept = app.wait_for(FRAG=before["FRAG"] + 2)
    app.click("Toggle inner")
    hidden = app.wait_for(INNER_SHOWN="False", FRAG=before["FRAG"] + 3)
    app.click("Toggle inner")
    shown = app.wait_for(INNER_SHOWN="True", FRAG=before["FRAG"] + 4)
    check.observe(before=before, ticked=ticked, drawn_rerun=kept, hidden=hidden, shown_again=shown)
    assert not ticked.timed_out and not hidden.timed_out and not shown.timed_out, "every fragment rerun finished"
    assert kept["INNER_STATE"] == "True", "an inside widget drawn in the fragment rerun kept its value"
    assert shown["INNER_STATE"] == "False", (
        "the inside widget not drawn in one fragment rerun came back with its default"
    )
    assert shown["FULL"] == before["FULL"], "only the fragment ran"
