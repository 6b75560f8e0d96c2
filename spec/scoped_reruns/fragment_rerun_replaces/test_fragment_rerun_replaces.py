"""SCOPE-04: a fragment rerun replaces its own elements in place and removes those it did not write again."""

import pytest

from conformance.adapter import ELEMENT_CONTAINER


@pytest.mark.clause("SCOPE-04")
def test_fragment_elements_are_replaced_not_accumulated(app, check):
    first = app.markers()
    runs = [{"frag": first["FRAG"], "lines": len(first.all("LINE")), "elements": app.count(ELEMENT_CONTAINER)}]
    for _ in range(3):
        app.click("Fragment button")
        snap = app.wait_for(FRAG=runs[-1]["frag"] + 1)
        runs.append(
            {
                "frag": snap["FRAG"],
                "lines": len(snap.all("LINE")),
                "elements": app.count(ELEMENT_CONTAINER),
                "timed_out": snap.timed_out,
                "pos": snap.all("POS"),
            }
        )
    settled = app.barrier()
    check.observe(runs=runs, settled=settled)
    assert [r["lines"] for r in runs] == [3 if r["frag"] % 2 else 1 for r in runs], "each run shows only its own lines"
    assert runs[0]["elements"] == runs[2]["elements"] and runs[1]["elements"] == runs[3]["elements"], (
        "the page's element count depends only on what the last run wrote"
    )
    assert runs[0]["elements"] - runs[1]["elements"] == 2, "the two lines not written again were removed"
    assert all(r["pos"] == ["before", "inside", "after"] for r in runs[1:]), "the fragment redraws in place"
    assert settled["FULL"] == first["FULL"], "no full run happened"
