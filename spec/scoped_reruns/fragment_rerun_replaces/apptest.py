"""SCOPE-04: a fragment rerun replaces its own elements in place and removes those it did not write again."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, element_types, fixture_app, shown


def _summary(at) -> dict:
    page = shown(at)
    return {
        "frag": page["FRAG"],
        "full": page["FULL"],
        "lines": len(page.all("LINE")),
        "elements": len(element_types(at)),
        "pos": page.all("POS"),
    }


@scenario("SCOPE-04")
def fragment_elements_are_replaced_not_accumulated(case):
    at = fixture_app("fragment_rerun_replaces")
    runs = [_summary(at)]
    for _ in range(3):
        runs.append(_summary(click(at, "Fragment button")))
    case.observe(runs=runs)
    case.check(
        [r["lines"] for r in runs] == [3 if r["frag"] % 2 else 1 for r in runs],
        "each run shows only its own lines",
        f"lines per run {[r['lines'] for r in runs]}",
    )
    case.check(
        runs[0]["elements"] == runs[2]["elements"]
        and runs[1]["elements"] == runs[3]["elements"]
        and runs[0]["elements"] - runs[1]["elements"] == 2,
        "the element count depends only on what the last run wrote",
        f"elements per run {[r['elements'] for r in runs]}",
    )
    case.check(
        all(r["pos"] == ["before", "inside", "after"] for r in runs[1:]),
        "the fragment redraws in place",
        f"POS {[r['pos'] for r in runs[1:]]}",
    )
    case.check(
        runs[-1]["full"] == runs[0]["full"],
        "the reruns were fragment reruns: the main script did not run",
        f"FULL {runs[0]['full']} -> {runs[-1]['full']}",
    )
