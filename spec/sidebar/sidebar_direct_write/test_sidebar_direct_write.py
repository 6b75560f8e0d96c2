"""SIDE-01, SIDE-03: a fragment body writing straight to `st.sidebar`."""

import pytest

from conformance.adapter import SIDEBAR

RERUNS = 2


def _sidebar_sequence(app) -> list[str]:
    """The markers in the sidebar, `NAME=value`, in page order."""
    return app.marker_sequence(None, root=SIDEBAR)


@pytest.mark.clause("SIDE-01")
def test_direct_sidebar_write_raises(app, check):
    first = app.markers()
    first_shown = app.exceptions()
    app.click("Fragment button")
    rerun = app.wait_for(FRAG=first["FRAG"] + 1)
    settled = app.barrier()
    shown = app.exceptions()
    sidebar = _sidebar_sequence(app)
    check.observe(first=first, first_exceptions=first_shown, rerun=rerun, exceptions=shown, sidebar=sidebar)
    assert not rerun.timed_out, "the fragment rerun finished"
    assert first["SIDE_ERROR"] == "StreamlitAPIException" and rerun["SIDE_ERROR"] == "StreamlitAPIException", (
        "the sidebar write raised StreamlitAPIException, in the full run and in the fragment rerun"
    )
    assert len(shown) == 1 and "st.sidebar" in shown[0]["message"] and not shown[0]["in_sidebar"], (
        "the exception is about st.sidebar and shows in the main area"
    )
    assert settled.all("SIDE_EXT") == [], "nothing the fragment tried to write reached the sidebar"
    assert sidebar == [f"SIDE_HEAD={first['FULL']}", f"SIDE_TAIL={first['FULL']}"], (
        "the main script's sidebar lines stay"
    )
    assert settled["FULL"] == first["FULL"], "no full run happened"


@pytest.mark.clause("SIDE-03")
def test_direct_sidebar_write_replaced_in_place(app, check):
    first = app.markers()
    first_sidebar = _sidebar_sequence(app)
    snaps = []
    for i in range(RERUNS):
        app.click("Fragment button")
        snaps.append(app.wait_for(FRAG=first["FRAG"] + i + 1))
    settled = app.barrier()
    sidebar = _sidebar_sequence(app)
    check.observe(
        first=first, first_sidebar=first_sidebar, settled=settled, sidebar=sidebar, exceptions=app.exceptions()
    )
    assert not any(s.timed_out for s in snaps), "every fragment rerun finished"
    full, frag = first["FULL"], first["FRAG"]
    assert first["SIDE_ERROR"] == "none" and settled["SIDE_ERROR"] == "none", "writing to st.sidebar raised nothing"
    assert first_sidebar == [f"SIDE_HEAD={full}", f"SIDE_EXT={frag}", f"SIDE_TAIL={full}"], (
        "the full run put the fragment's line between the main script's sidebar lines"
    )
    assert sidebar == [f"SIDE_HEAD={full}", f"SIDE_EXT={frag + RERUNS}", f"SIDE_TAIL={full}"], (
        "each fragment rerun replaced its sidebar line in place; nothing accumulated"
    )
    assert settled["FULL"] == full, "no full run happened"
