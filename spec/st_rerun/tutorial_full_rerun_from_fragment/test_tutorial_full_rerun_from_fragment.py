"""SCOPE-01, RERUN-01 in the tutorial "trigger a full-script rerun from inside a fragment": another day of
the same month reruns only the fragment; a day of another month reruns the whole app."""

import pytest

DATE_INPUT = '[data-testid="stDateInput"]'
TEXT_FIELD = f'{DATE_INPUT} input:not([type="date"])'  # up to about 1.60: one text field
SEGMENT = f'{DATE_INPUT} [role="spinbutton"]'  # newer releases: one editable segment per part of the date


def _pick_day(app, day: str) -> None:
    """Enter a day (YYYY/MM/DD) into the date picker, whichever kind of field this release draws."""
    app.page.locator(f"{TEXT_FIELD}, {SEGMENT}").first.wait_for()
    if app.page.locator(SEGMENT).count():
        for part, value in zip(("year", "month", "day"), day.split("/")):
            app.page.locator(f'{SEGMENT}[data-type="{part}"]').focus()
            app.page.keyboard.type(value)
        app.press("Tab")  # leaving the field commits the new date
        app.press("Escape")  # close the calendar some releases open on focus; it covers other buttons
    else:
        field = app.page.locator(TEXT_FIELD)
        field.fill(day)
        field.press("Enter")
        field.press("Escape")  # close the calendar, which may cover other buttons


@pytest.mark.clause("SCOPE-01")
def test_day_in_same_month_reruns_only_the_fragment(app, check):
    before = app.markers()
    _pick_day(app, "2024/01/15")
    after = app.wait_for(DAY="2024-01-15")
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    assert not after.timed_out, "the fragment showed the picked day"
    assert settled["FRAG"] == before["FRAG"] + 1, "the fragment ran once"
    assert settled["FULL"] == before["FULL"], "the main script did not run"
    assert settled["MONTH"] == before["MONTH"] == "2024-01", "the monthly summary still shows the same month"
    assert settled["DAY_SALES"] != before["DAY_SALES"], "the daily figure follows the picked day"


@pytest.mark.clause("RERUN-01")
def test_day_in_other_month_reruns_the_whole_app(app, check):
    before = app.markers()
    _pick_day(app, "2024/03/10")
    after = app.wait_for(DAY="2024-03-10", MONTH="2024-03")
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    assert not after.timed_out, "the page showed the new month and the picked day"
    assert settled["FULL"] == before["FULL"] + 1, "st.rerun() in the fragment made exactly one full run"
    assert settled["MONTH_TOTAL"] != before["MONTH_TOTAL"], "the main script's monthly total was recomputed"
    assert settled["FRAG"] == before["FRAG"] + 1, "the daily view was drawn once more, by the full run"
