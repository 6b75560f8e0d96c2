"""DIALOG-06 (with DIALOG-02 for on_dismiss): which dialog parameters each release takes, and their effect.

The expected parameter set and honoured width values come from the DIALOG-06 variant of the running release.
"""

import pytest

from conformance.adapter import DIALOG

PIXELS = 700  # the int width the app's INT700 probe asks for


def _open_probe(app, name: str):
    """Click "Open <name>", wait for its dialog, and return (snapshot, settled box of the dialog or None)."""
    before = app.markers()
    app.click(f"Open {name}")
    snap = app.wait_for(FULL=before["FULL"] + 1, PROBE=name)
    return snap, app.settled_box(DIALOG)


def _close(app) -> bool:
    app.press("Escape")
    return app.dialog_shown(False)


def _expected_params(check) -> list[str]:
    return check.expect("params", "DIALOG-06")


@pytest.mark.clause("DIALOG-06")
def test_decorator_parameters_by_version(app, check):
    seen = app.markers()
    params = sorted((seen["PARAMS"] or "").split(","))
    accepted = {name: seen[f"ACCEPT_{name}"] for name in ("UNDISMISSIBLE", "ON_DISMISS_RERUN", "ICON", "LEFT")}
    check.saw(check.variant_named_by(params=params) or ",".join(params))
    check.observe(params=params, accepted=accepted)
    assert seen["DIALOG"] == "present", "the dialog decorator exists"
    assert params == sorted(check.expect("params")), f"expected {check.variant().statement}"
    by_param = {"dismissible": "UNDISMISSIBLE", "on_dismiss": "ON_DISMISS_RERUN", "icon": "ICON", "position": "LEFT"}
    for param, probe in by_param.items():
        want = "yes" if param in params else "TypeError"
        assert accepted[probe] == want, (
            f"decorating with {param}= gives {want} when the signature {'has' if want == 'yes' else 'lacks'} it"
        )


@pytest.mark.clause("DIALOG-06")
def test_width_values_by_version(app, check):
    widths = {}
    for name in ("SMALL", "MEDIUM", "LARGE", "INT700"):
        snap, box = _open_probe(app, name)
        widths[name] = round(box["width"]) if box else None
        check.observe(widths=widths, open_error=snap["OPEN_ERROR"])
        assert not snap.timed_out and box, f"a dialog opened with the {name} probe"
        assert _close(app), "Escape closed it"
    small, medium, large, pixels = (widths[n] for n in ("SMALL", "MEDIUM", "LARGE", "INT700"))
    honoured = {"small"}
    if large > small:
        honoured.add("large")
    if small < medium < large:
        honoured.add("medium")
    if abs(pixels - PIXELS) <= 2 and abs(small - PIXELS) > 2:
        honoured.add("int")
    check.observe(widths=widths, honoured=sorted(honoured))
    assert sorted(honoured) == sorted(check.expect("widths", "DIALOG-06")), (
        f"expected {check.variant('DIALOG-06').statement} (an unknown value falls back to small)"
    )


@pytest.mark.clause("DIALOG-06")
def test_position_places_the_dialog(app, check):
    seen = app.markers()
    expected = "position" in _expected_params(check)
    check.observe(accepted=seen["ACCEPT_LEFT"], expected=expected)
    if not expected:
        assert seen["ACCEPT_LEFT"] == "TypeError" and seen["ACCEPT_RIGHT"] == "TypeError", "position= is refused"
        return
    assert seen["ACCEPT_LEFT"] == "yes" and seen["ACCEPT_RIGHT"] == "yes", "position= is accepted"
    viewport = app.viewport_width()
    boxes = {}
    for name in ("LEFT", "RIGHT"):
        snap, box = _open_probe(app, name)
        boxes[name] = box
        check.observe(boxes=boxes, viewport=viewport)
        assert not snap.timed_out and box, f"a dialog opened with the {name} probe"
        assert _close(app), "Escape closed it"
    assert boxes["LEFT"]["left"] <= 1 and boxes["LEFT"]["right"] < viewport / 2, "position='left' docks it left"
    assert boxes["RIGHT"]["right"] >= viewport - 1 and boxes["RIGHT"]["left"] > viewport / 2, (
        "position='right' docks it right"
    )


@pytest.mark.clause("DIALOG-06")
def test_icon_shows_in_the_title(app, check):
    seen = app.markers()
    expected = "icon" in _expected_params(check)
    check.observe(accepted=seen["ACCEPT_ICON"], expected=expected)
    if not expected:
        assert seen["ACCEPT_ICON"] == "TypeError", "icon= is refused"
        return
    assert seen["ACCEPT_ICON"] == "yes", "icon= is accepted"
    snap, _ = _open_probe(app, "ICON")
    head = (app.texts(DIALOG) or [""])[0].split("PROBE=")[0]
    check.observe(head=head)
    assert not snap.timed_out, "a dialog opened with the icon probe"
    assert "\N{FIRE}" in head and "Probe ICON" in head, "the icon is shown with the title"


@pytest.mark.clause("DIALOG-06")
def test_undismissible_dialog_cannot_be_closed_by_the_user(app, check):
    seen = app.markers()
    expected = "dismissible" in _expected_params(check)
    check.observe(accepted=seen["ACCEPT_UNDISMISSIBLE"], expected=expected)
    if not expected:
        assert seen["ACCEPT_UNDISMISSIBLE"] == "TypeError", "dismissible= is refused"
        return
    assert seen["ACCEPT_UNDISMISSIBLE"] == "yes", "dismissible= is accepted"
    snap, _ = _open_probe(app, "UNDISMISSIBLE")
    close_buttons = app.button("Close", within=DIALOG).count()
    app.press("Escape")
    after = None
    if app.count(DIALOG):  # the dialog's own button makes a server round trip after the key press
        app.click("Probe body button", within=DIALOG)
        after = app.wait_for(PROBE_RUNS=snap["PROBE_RUNS"] + 1)
    check.observe(close_buttons=close_buttons, open_after_escape=app.count(DIALOG), after=after)
    assert not snap.timed_out, "a dialog opened with dismissible=False"
    assert close_buttons == 0, "it has no close button"
    assert after is not None and not after.timed_out and app.count(DIALOG) == 1, "Escape did not close it"
    assert after["FULL"] == snap["FULL"], "and did not run the script"


def _dismissal_reruns(app, check, probe: str):
    """Open the probe's on_dismiss dialog and dismiss it with Escape: the script reruns once, without opening
    the dialog again. Returns (opened, settled); None where on_dismiss= is refused, as the variant says."""
    seen = app.markers()
    expected = "on_dismiss" in _expected_params(check)
    check.observe(accepted=seen[f"ACCEPT_{probe}"], expected=expected)
    if not expected:
        assert seen[f"ACCEPT_{probe}"] == "TypeError", "on_dismiss= is refused"
        return None
    assert seen[f"ACCEPT_{probe}"] == "yes", "on_dismiss= is accepted"
    snap, _ = _open_probe(app, probe)
    closed = _close(app)
    after = app.wait_for(FULL=snap["FULL"] + 1)
    settled = app.barrier() if closed else after
    check.observe(opened=snap, closed=closed, after=after, settled=settled)
    assert not snap.timed_out, f"a dialog opened with the {probe} probe"
    assert closed, "Escape closed it"
    assert not after.timed_out and settled["FULL"] == snap["FULL"] + 1, "closing it ran the script once"
    assert settled["OPENED"] is None, "that run did not open the dialog again"
    return snap, settled


@pytest.mark.clause("DIALOG-02", "DIALOG-06")
def test_on_dismiss_rerun_reruns_the_script(app, check):
    _dismissal_reruns(app, check, "ON_DISMISS_RERUN")


@pytest.mark.clause("DIALOG-02", "DIALOG-06")
def test_on_dismiss_callback_runs_then_the_script_reruns(app, check):
    found = _dismissal_reruns(app, check, "ON_DISMISS_CALLBACK")
    if found:
        opened, settled = found
        assert settled["DISMISSED"] == opened["DISMISSED"] + 1, "the callback ran once, before that run"
