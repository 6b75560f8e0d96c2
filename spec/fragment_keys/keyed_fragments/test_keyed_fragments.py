"""KEY-01, KEY-02: keyed fragments and st.rerun("<key>") from widget callbacks."""

import pytest


@pytest.mark.clause("KEY-01")
def test_reserved_keys_raise(app, check):
    seen = app.markers()
    check.observe(
        keys=seen["KEYS"],
        app=seen["RESERVED_APP"],
        fragment=seen["RESERVED_FRAGMENT"],
        app_msg=seen["RESERVED_APP_MSG"],
        fragment_msg=seen["RESERVED_FRAGMENT_MSG"],
    )
    assert seen["KEYS"] == "supported", "fragments take a key"
    assert seen["RESERVED_APP"] == "StreamlitAPIException", "key='app' raises StreamlitAPIException"
    assert seen["RESERVED_FRAGMENT"] == "StreamlitAPIException", "key='fragment' raises StreamlitAPIException"
    assert seen["RESERVED_APP_MSG"] == "yes" and seen["RESERVED_FRAGMENT_MSG"] == "yes", "the message says reserved"


@pytest.mark.clause("KEY-01")
def test_one_key_on_two_functions_raises(app, check):
    seen = app.markers()
    check.observe(duplicate=seen["DUPLICATE"], names_key=seen["DUPLICATE_MSG"], impostor=seen["IMPOSTOR"])
    assert seen["DUPLICATE"] == "StreamlitDuplicateElementKey", "a second function with the key raises"
    assert seen["DUPLICATE_MSG"] == "yes", "the message names the key"
    assert seen["IMPOSTOR"] is None, "the second function's body did not run"


@pytest.mark.clause("KEY-01")
def test_widget_in_one_call_site_reruns_only_that_call_site(app, check):
    before = app.markers()
    app.click("Panel A button")
    after = app.wait_for(PANEL_A=before["PANEL_A"] + 1)
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    # Observed on 1.63-1.67: a key names the function, but each call site keeps its own fragment id, so a
    # widget reruns only its own call site; st.rerun("<key>") reaches all of them (next checks).
    assert not after.timed_out, "the clicked call site reran"
    assert settled["PANEL_A"] == before["PANEL_A"] + 1, "once"
    assert settled["PANEL_B"] == before["PANEL_B"], "the other call site did not rerun"
    assert settled["FULL"] == before["FULL"] and settled["OTHER"] == before["OTHER"], "nothing else ran"


@pytest.mark.clause("KEY-02", "KEY-01")
def test_rerun_key_from_callback_reruns_just_that_fragment(app, check):
    before = app.markers()
    app.click("Rerun panel from callback")
    after = app.wait_for(PANEL_A=before["PANEL_A"] + 1, PANEL_B=before["PANEL_B"] + 1)
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    assert not after.timed_out, "both call sites of the named fragment reran"
    assert settled["FULL"] == before["FULL"] and settled["TAIL"] == before["TAIL"], "the script did not run"
    assert settled["SEVEN"] == before["SEVEN"] and settled["OTHER"] == before["OTHER"], "other fragments did not"


@pytest.mark.clause("KEY-01", "KEY-02")
def test_int_key_is_named_by_its_str_form(app, check):
    before = app.markers()
    app.click("Rerun seven from callback")
    after = app.wait_for(SEVEN=before["SEVEN"] + 1)
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled, exceptions=app.exceptions())
    assert not after.timed_out, "st.rerun('7') reran the fragment keyed 7"
    assert settled["FULL"] == before["FULL"] and settled["PANEL_A"] == before["PANEL_A"], "and nothing else"


@pytest.mark.clause("KEY-02")
@pytest.mark.parametrize("where", ["body", "fragment body"])
def test_rerun_key_outside_callback_raises(app, check, where):
    name = "BODY_RERUN" if where == "body" else "FRAG_BODY_RERUN"
    before = app.markers()
    app.click(f"Rerun key from {where}")
    after = app.wait_for(**{name: "StreamlitAPIException"})
    check.observe(where=where, before=before, after=after)
    assert not after.timed_out, f"st.rerun('panel') in the {where} raised StreamlitAPIException"
    assert after[f"{name}_MSG"] == "yes", "the message says it is only allowed from a widget callback"
    assert after["PANEL_A"] == before["PANEL_A"] + (1 if where == "body" else 0), "the named fragment was not rerun"


@pytest.mark.clause("KEY-02")
def test_rerun_unknown_key_raises(app, check):
    before = app.markers()
    app.click("Rerun unknown key from callback")
    after = app.wait_for(UNKNOWN_RERUN="StreamlitAPIException")
    check.observe(before=before, after=after)
    assert not after.timed_out, "st.rerun('no-such-fragment') in a callback raised StreamlitAPIException"
    assert after["UNKNOWN_RERUN_MSG"] == "yes", "the message says no fragment was found"
