"""FORM-01, RET-01, RET-02, API-03 in an expense report built like a real one."""

import pytest

# The fragments' markers, drawn at every settled point of the page.
SHOWN = ("FORM_RUNS", "CATEGORIES_SEEN", "DRAFT", "ADDED", "APPROVAL", "STATUS_SEEN", "TAIL")


def _add(app, description: str, amount: str, button: str = "Add expense") -> None:
    app.fill("Description", description)
    app.fill("Amount", amount)
    app.click(button)


@pytest.mark.clause("FORM-01")
def test_filling_in_the_expense_form_reruns_nothing(app, check):
    before = app.markers()
    app.fill("Description", "Team lunch")
    app.fill("Amount", "42")
    app.press("Tab")  # leaving a field is when a widget outside a form would send its value
    app.click_text("Office")
    settled = app.barrier(drawn=SHOWN)
    check.observe(before=before, settled=settled)
    assert not settled.timed_out, "the app answered the barrier"
    assert (settled["FORM_RUNS"], settled["FULL"], settled["TAIL"]) == (
        before["FORM_RUNS"],
        before["FULL"],
        before["TAIL"],
    ), "editing the form's widgets reran neither the form's fragment nor the app"
    assert (settled["DRAFT"], settled["ADDED"]) == ("empty", 0), "nothing was submitted"


@pytest.mark.clause("FORM-01")
def test_adding_an_expense_reruns_only_the_form_panel(app, check):
    before = app.markers()
    _add(app, "Taxi", "12")
    added = app.wait_for(FORM_RUNS=before["FORM_RUNS"] + 1, ADDED=1, drawn=SHOWN)
    settled = app.barrier(drawn=SHOWN)
    check.observe(before=before, added=added, settled=settled)
    assert not added.timed_out, "submitting the form reran its fragment, which added the expense"
    assert settled["LAST_ADDED"] == "Taxi:12.0:Meals", "the fragment's run saw the submitted values"
    assert settled["FORM_RUNS"] == before["FORM_RUNS"] + 1, "the fragment ran once"
    assert (settled["FULL"], settled["TAIL"], settled["APPROVAL"], settled["TOTAL_SHOWN"]) == (
        before["FULL"],
        before["TAIL"],
        before["APPROVAL"],
        before["TOTAL_SHOWN"],
    ), "nothing else ran: the main script's total and the approval panel stay as they were"


@pytest.mark.clause("FORM-01")
def test_add_and_update_totals_reruns_the_whole_page(app, check):
    before = app.markers()
    _add(app, "Hotel", "80", button="Add and update totals")
    after = app.wait_for(FULL=before["FULL"] + 1, TAIL=before["TAIL"] + 1, drawn=SHOWN)
    settled = app.barrier(drawn=SHOWN)
    check.observe(before=before, after=after, settled=settled)
    assert not after.timed_out, "st.rerun() after submitting reran the whole app"
    assert settled["RERUN_REQUESTED"] == 1 and settled["ADDED"] == 1, (
        "the expense was added once, st.rerun() called once"
    )
    assert settled["FULL"] == before["FULL"] + 1, "exactly one full run followed"
    assert settled["TOTAL_SHOWN"] == "80.0", "the main script's total counts the new expense"
    assert settled["FORM_RUNS"] == before["FORM_RUNS"] + 2, "the form's fragment ran for the submit and in the full run"


@pytest.mark.clause("RET-01")
def test_the_returned_entry_count_reaches_the_page_at_full_runs_only(app, check):
    before = app.markers()
    _add(app, "Paper", "5")
    added = app.wait_for(FORM_RUNS=before["FORM_RUNS"] + 1, ADDED=1, drawn=SHOWN)
    app.click("Refresh totals")
    refreshed = app.wait_for(FULL=before["FULL"] + 1, drawn=SHOWN)
    check.observe(before=before, added=added, refreshed=refreshed)
    assert before["RETURNED"] == 0, "the first full run's call returned the function's value"
    assert not added.timed_out, "the form's fragment reran for the submit"
    assert (added["RETURNED"], added["RETURN_USED"]) == (before["RETURNED"], before["RETURN_USED"]), (
        "the fragment's rerun discarded its value: the code that used it did not run again"
    )
    assert not refreshed.timed_out, "the main-script button reran the app"
    assert refreshed["RETURNED"] == 1, "the next full run's call returned the new entry count"
    assert refreshed["RETURN_USED"] == before["RETURN_USED"] + 1, "the code that used it ran once more"


@pytest.mark.clause("RET-02")
def test_the_form_uses_the_categories_of_the_latest_full_run(app, check):
    before = app.markers()
    app.click_text("Include travel")
    widened = app.wait_for(FULL=before["FULL"] + 1, CATEGORIES_SEEN="Meals+Office+Travel", drawn=SHOWN)
    app.click_text("Travel")
    _add(app, "Train", "30")
    added = app.wait_for(FORM_RUNS=widened["FORM_RUNS"] + 1, ADDED=1, drawn=SHOWN)
    check.observe(before=before, widened=widened, added=added)
    assert before["CATEGORIES_SEEN"] == "Meals+Office", "the first full run passed two categories"
    assert not widened.timed_out, "the toggle's full run passed three"
    assert not added.timed_out, "submitting reran the form's fragment"
    assert added["CATEGORIES_SEEN"] == "Meals+Office+Travel", (
        "the rerun was called with the latest full run's categories"
    )
    assert added["LAST_ADDED"] == "Train:30.0:Travel", "and the expense went to the category chosen"
    assert added["FULL"] == widened["FULL"], "the submit did not rerun the app"


@pytest.mark.clause("API-03")
def test_both_decorator_forms_make_fragments_that_keep_their_names(app, check):
    before = app.markers()
    app.click_text("Ready for review")
    chosen = app.wait_for(APPROVAL=before["APPROVAL"] + 1, STATUS_SEEN="Ready_for_review", drawn=SHOWN)
    _add(app, "Stamps", "3")
    added = app.wait_for(FORM_RUNS=before["FORM_RUNS"] + 1, ADDED=1, drawn=SHOWN)
    check.observe(before=before, chosen=chosen, added=added)
    assert before["WRAPPED_NAMES"] == "expense_form+approval_panel", "both results keep the function's __name__"
    assert not chosen.timed_out, "the panel made with @st.fragment() reran for its radio"
    assert (chosen["FORM_RUNS"], chosen["FULL"]) == (before["FORM_RUNS"], before["FULL"]), "and alone"
    assert not added.timed_out, "the fragment made by st.fragment(func) reran for its form"
    assert (added["APPROVAL"], added["FULL"]) == (chosen["APPROVAL"], before["FULL"]), "and alone"
