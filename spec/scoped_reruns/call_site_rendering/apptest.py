"""SCOPE-03: in a full run fragments run inline at their call sites, in call order, and render there."""

from conformance.apptest import scenario
from conformance.apptest.harness import fixture_app, shown, sidebar

MAIN_ORDER = ["before-a", "in-a", "between", "in-b", "after-b"]
RUN_ORDER = "before-a,in-a,between,in-side,in-b,after-b"


@scenario("SCOPE-03")
def fragments_run_and_render_at_their_call_sites(case):
    at = fixture_app("call_site_rendering")
    page, main, side = shown(at), shown(at, roots=("main",)), sidebar(at)
    case.observe(order=page["ORDER"], main=main.all("POS"), sidebar=side.all("POS"))
    case.check(
        page["ORDER"] == RUN_ORDER,
        "each fragment body ran at its call, between the code around it",
        f"ORDER={page['ORDER']}",
    )
    case.check(
        main.all("POS") == MAIN_ORDER,
        "fragment output sits between the elements written before and after the call",
        f"main POS {main.all('POS')}",
    )
    case.check(
        side.all("POS") == ["in-side"],
        "a fragment called inside `with st.sidebar:` renders in the sidebar",
        f"sidebar POS {side.all('POS')}",
    )
