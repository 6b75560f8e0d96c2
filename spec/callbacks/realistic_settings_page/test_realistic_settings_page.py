"""CB-01, STOP-01, MULTI-02, SIDE-02, STATE-01 in a settings page built like a real one."""

import pytest

from conformance.adapter import SIDEBAR

# The profile tab is the one open; the cards' markers show once the Notifications tab is.
SHOWN = ("THEME_SEEN", "PREFS", "PROFILE", "NAME", "SAVES_SEEN", "TAIL")
CARDS = ("EMAIL", "PUSH", "SAVES_SEEN", "TAIL")


@pytest.mark.clause("CB-01")
def test_a_changed_name_is_tidied_by_its_callback_before_the_panel_runs(app, check):
    before = app.markers()
    app.fill("Display name", "  grace   hopper ")
    app.press("Enter")
    tidied = app.wait_for(PROFILE=before["PROFILE"] + 1, drawn=SHOWN)
    check.observe(before=before, tidied=tidied)
    assert not tidied.timed_out, "the field's change reran the profile panel"
    assert tidied["TIDIED"] == before["TIDIED"] + 1, "the callback ran once"
    assert tidied["ORDER"] == "CALLBACK_FIRST", "the callback ran before the panel's body"
    assert tidied["NAME"] == "Grace_Hopper", "the panel's body saw the tidied name"
    assert (tidied["FULL"], tidied["TAIL"], tidied["PREFS"]) == (before["FULL"], before["TAIL"], before["PREFS"]), (
        "nothing but the profile panel ran"
    )


@pytest.mark.clause("STOP-01")
def test_saving_an_empty_name_stops_the_profile_panel_alone(app, check):
    before = app.markers()
    app.fill("Display name", "")
    app.press("Enter")
    cleared = app.wait_for(PROFILE=before["PROFILE"] + 1, NAME="none", drawn=SHOWN)
    app.click("Save profile")
    stopped = app.wait_for(PROFILE=before["PROFILE"] + 2, drawn=SHOWN)
    warned = app.alerts("A display name is required")
    app.fill("Display name", "Ada")
    app.press("Enter")
    app.click("Save profile")
    saved = app.wait_for(PROFILE=before["PROFILE"] + 4, PROFILE_END="drawn", drawn=SHOWN)
    check.observe(before=before, cleared=cleared, stopped=stopped, warned=warned, saved=saved)
    assert not cleared.timed_out, "clearing the name reran the panel"
    assert not stopped.timed_out, "the save reran the panel"
    assert stopped["PROFILE_END"] is None and stopped["SAVES"] is None, "st.stop() ended the panel's run there"
    assert len(warned) == 1, "the panel's warning is shown"
    assert (stopped["FULL"], stopped["TAIL"], stopped["PREFS"], stopped["THEME_SEEN"]) == (
        before["FULL"],
        before["TAIL"],
        before["PREFS"],
        before["THEME_SEEN"],
    ), "the rest of the page stays as it was"
    assert not saved.timed_out and saved["SAVES"] == 1, "with a name, the next save runs the panel to its end"


@pytest.mark.clause("MULTI-02")
def test_the_two_notification_cards_rerun_apart(app, check):
    app.click_text("Notifications")
    before = app.wait_for(drawn=CARDS)
    app.click_text("Email alerts")
    email = app.wait_for(EMAIL=before["EMAIL"] + 1, drawn=CARDS)
    app.click_text("Push alerts")
    push = app.wait_for(PUSH=before["PUSH"] + 1, drawn=CARDS)
    check.observe(before=before, email=email, push=push)
    assert not before.timed_out, "the Notifications tab shows both cards"
    assert not email.timed_out and email["PUSH"] == before["PUSH"], "the email card reran alone"
    assert not push.timed_out and push["EMAIL"] == email["EMAIL"], "the push card reran alone"
    assert (push["FULL"], push["TAIL"]) == (before["FULL"], before["TAIL"]), "the main script did not run"


@pytest.mark.clause("SIDE-02")
def test_the_sidebar_preferences_rerun_in_the_sidebar(app, check):
    before = app.markers()
    app.click_text("Dark theme")
    chosen = app.wait_for(PREFS=before["PREFS"] + 1, THEME_SEEN="dark", drawn=SHOWN)
    in_sidebar = app.markers(root=SIDEBAR)
    check.observe(before=before, chosen=chosen, sidebar=in_sidebar)
    assert not chosen.timed_out, "the choice reran the preferences fragment"
    assert (in_sidebar["PREFS"], in_sidebar["THEME_SEEN"]) == (chosen["PREFS"], "dark"), "it is drawn in the sidebar"
    assert (chosen["FULL"], chosen["TAIL"], chosen["PROFILE"]) == (before["FULL"], before["TAIL"], before["PROFILE"]), (
        "nothing else ran"
    )


@pytest.mark.clause("STATE-01")
def test_saves_add_up_and_the_page_sees_them_at_its_next_full_run(app, check):
    before = app.markers()
    app.click("Save profile")
    once = app.wait_for(SAVES=before["SAVES"] + 1, drawn=SHOWN)
    app.click("Save profile")
    twice = app.wait_for(SAVES=before["SAVES"] + 2, drawn=SHOWN)
    app.click("Reload page")
    reloaded = app.wait_for(FULL=before["FULL"] + 1, drawn=SHOWN)
    check.observe(before=before, once=once, twice=twice, reloaded=reloaded)
    assert not twice.timed_out, "two saves add up in Session State"
    assert twice["SAVES_SEEN"] == before["SAVES_SEEN"], "the main script does not run on the panel's saves"
    assert not reloaded.timed_out and reloaded["SAVES_SEEN"] == before["SAVES"] + 2, "the next full run sees both saves"
