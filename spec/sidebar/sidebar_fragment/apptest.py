"""SIDE-02: a fragment called inside `with st.sidebar:`, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, shown, sidebar


@scenario("SIDE-02")
def fragment_called_in_sidebar_reruns_there(case):
    at = fixture_app("sidebar_fragment")
    before, side_before = shown(at), sidebar(at)
    after = shown(click(at, "Sidebar button"))
    side = sidebar(at)
    case.observe(before=before, sidebar_before=side_before, after=after, sidebar=side)
    case.check(
        side_before.all("SIDE_FRAG") == before.all("SIDE_FRAG") == ["1"],
        "the fragment drew itself in the sidebar only",
        f"sidebar {side_before.all('SIDE_FRAG')}",
    )
    case.check(
        side.all("SIDE_FRAG") == after.all("SIDE_FRAG") == ["2"],
        "the rerun redrew it in the sidebar, once",
        f"sidebar {side.all('SIDE_FRAG')}, page {after.all('SIDE_FRAG')}",
    )
    case.unchanged("FULL", before, after, "the main script did not run")
    case.unchanged("MAIN_TAIL", before, after, "main-area content stayed as it was")
