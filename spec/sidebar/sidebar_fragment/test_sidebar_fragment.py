"""SIDE-02: a fragment called inside `with st.sidebar:` renders in the sidebar and reruns there as a fragment."""

import pytest

from conformance.adapter import SIDEBAR


@pytest.mark.clause("SIDE-02")
def test_fragment_called_in_sidebar_reruns_there(app, check):
    before = app.markers()
    side_before = app.markers(root=SIDEBAR)
    app.click("Sidebar button")
    after = app.wait_for(root=SIDEBAR, SIDE_FRAG=(side_before["SIDE_FRAG"] or 0) + 1)
    settled = app.barrier()
    side = app.markers(root=SIDEBAR)
    sidebar_buttons = app.button("Sidebar button", within=SIDEBAR).count()
    check.observe(
        before=before,
        sidebar_before=side_before,
        after=after,
        settled=settled,
        sidebar=side,
        sidebar_buttons=sidebar_buttons,
        page_buttons=app.button("Sidebar button").count(),
    )
    assert side_before.all("SIDE_FRAG") == before.all("SIDE_FRAG") == ["1"], (
        "the fragment drew itself in the sidebar only"
    )
    assert sidebar_buttons == app.button("Sidebar button").count() == 1, "its button is in the sidebar"
    assert not after.timed_out, "clicking its button reran the fragment"
    assert side.all("SIDE_FRAG") == settled.all("SIDE_FRAG") == ["2"], "the rerun redrew it in the sidebar, once"
    assert settled["FULL"] == before["FULL"] and settled["MAIN_TAIL"] == before["MAIN_TAIL"], (
        "the main script did not run"
    )
