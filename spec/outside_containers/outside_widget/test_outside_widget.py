"""EXT-03, EXT-04: a fragment creating a widget in a container made by the main script."""

import pytest

from conformance.adapter import EXCEPTION


@pytest.mark.clause("EXT-03")
def test_widget_in_outside_container(app, check):
    first = app.markers()
    # the run is over; wait until the frontend has drawn the widget or the error it raised (judged below)
    app.wait_until_shown(EXCEPTION, or_button="Outside button")
    shown = app.exceptions()
    outside_buttons = app.button("Outside button").count()
    error = first["WIDGET_ERROR"]
    check.saw(check.variant_named_by(error="" if error == "none" else error) or error)
    check.observe(error=error, exceptions=shown, outside_buttons=outside_buttons)
    expected = check.expect("error")
    if not expected:
        assert error == "none", f"expected {check.variant().statement}"
        assert outside_buttons == 1, "the widget was created in the outside container"
    else:
        assert error == expected, f"expected {check.variant().statement}"
        assert [e["error"] for e in shown] == [expected], "the exception shown is of the expected class"
        assert check.expect("message") in shown[0]["message"], f"the message reads {check.variant().statement}"
        assert outside_buttons == 0, "the widget was not created"


@pytest.mark.clause("EXT-04")
def test_outside_widget_reruns_its_fragment(app, check):
    before = app.markers()
    app.click("Outside button")
    after = app.wait_for(FRAG=before["FRAG"] + 1)
    settled = app.barrier()
    outside_buttons = app.button("Outside button").count()
    check.observe(before=before, after=after, settled=settled, outside_buttons=outside_buttons)
    assert before["WIDGET_ERROR"] == "none", "creating the widget outside raised no error"
    assert not after.timed_out, "clicking the outside widget reran the fragment"
    assert settled["FRAG"] == before["FRAG"] + 1 and settled["FULL"] == before["FULL"], (
        "only the fragment ran, once; the main script did not"
    )
    assert outside_buttons == 1, "the outside widget was replaced in place, not duplicated"
