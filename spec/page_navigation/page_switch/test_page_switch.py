"""NAV-01: a page switch discards the previous page's fragments; st.switch_page in a fragment navigates fully."""

import pytest

OWN_SERVER = True  # an app with pages must be the main script of its server


@pytest.mark.clause("NAV-01")
def test_switch_page_inside_fragment_is_a_full_navigation(app, check):
    before = app.wait_for(PAGE="alpha", at_least={"ALPHA_TICK": 1})
    app.click("Switch from fragment")
    after = app.wait_for(PAGE="beta", FULL=before["FULL"] + 1, at_least={"BETA_TICK": 1})
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled, exceptions=app.exceptions())
    assert before["NAVIGATION"] == "present", "st.navigation exists"
    assert not after.timed_out, "the app switched to page Beta with a full run"
    assert settled["FULL"] == before["FULL"] + 1, "exactly one full run served the switch"
    assert settled.all("PAGE") == ["beta"], "only page Beta is shown"
    assert settled.all("ALPHA_TICK") == [], "nothing of page Alpha's fragment is left on screen"
    assert app.exceptions() == [], "no error is shown"


@pytest.mark.clause("NAV-01")
def test_previous_page_fragment_stops_running_after_switch(app, check):
    app.click("Start ticking")
    ticking = app.wait_for(PAGE="alpha", at_least={"ALPHA_TICK": 2})  # Alpha's fragment is ticking
    # Switch right after a tick, so that the switch is not raced by Alpha's next tick (that race is not the point)
    before = app.wait_for(PAGE="alpha", at_least={"ALPHA_TICK": (ticking["ALPHA_TICK"] or 0) + 1})
    app.click("Switch from main")
    first = app.wait_for(PAGE="beta", at_least={"BETA_TICK": 1})
    # four of Beta's ticks last about two of Alpha's intervals
    later = app.wait_for(PAGE="beta", at_least={"BETA_TICK": (first["BETA_TICK"] or 0) + 4})
    check.observe(before=before, first=first, later=later)
    assert before["NAVIGATION"] == "present", "st.navigation exists"
    assert not before.timed_out, "page Alpha's fragment ticked on its own"
    assert not first.timed_out and not later.timed_out, "page Beta was shown and its fragment ticked four more times"
    assert later["ALPHA_TICKS_SEEN"] == first["ALPHA_TICKS_SEEN"], (
        "page Alpha's fragment did not run while page Beta was shown"
    )
    assert later.all("ALPHA_TICK") == [], "nothing of page Alpha's fragment is on screen"
