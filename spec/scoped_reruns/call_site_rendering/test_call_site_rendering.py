"""SCOPE-03: in a full run, fragments run inline at their call sites, in call order, and render there."""

import pytest

from conformance.adapter import SIDEBAR

MAIN_ORDER = ["before-a", "in-a", "between", "in-b", "after-b"]
RUN_ORDER = "before-a,in-a,between,in-side,in-b,after-b"


@pytest.mark.clause("SCOPE-03")
def test_fragments_run_inline_in_call_order(app, check):
    page = app.markers()
    check.observe(order=page["ORDER"])
    assert page["ORDER"] == RUN_ORDER, "each fragment body ran at its call, between the code around it"


@pytest.mark.clause("SCOPE-03")
def test_fragments_render_at_their_call_sites(app, check):
    page = app.markers()
    sidebar = app.markers(root=SIDEBAR)
    main = [pos for pos in page.all("POS") if pos not in sidebar.all("POS")]
    check.observe(main=main, sidebar=sidebar.all("POS"))
    assert main == MAIN_ORDER, "fragment output sits between the elements written before and after the call"
    assert sidebar.all("POS") == ["in-side"], "a fragment called inside `with st.sidebar:` renders in the sidebar"
