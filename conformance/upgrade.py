"""What changes for an app's fragments when it moves from one Streamlit version to another.

    python -m conformance.upgrade FROM TO [--raw reports/raw]

Reads the raw results already on disk (run `./kit -t 1.45 1.67` first) and judges both sides against the
registry's promise. Sections: regressions (conforms on FROM, a defect on TO), breaking changes (an announced
change, a behaviour that ends, a new error), defects present on TO, fixes, new behaviour, and clauses not known
because a check failed or errored on either side. Exit status: 1 when there is a regression, a breaking change or
an unknown clause; 0 when there are only defects, fixes and new behaviour (or nothing); 2 on bad input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from conformance import compat, registry, versions
from conformance.records import Kind

ROOT = Path(__file__).resolve().parent.parent
EXIT_BREAKING, EXIT_BAD_INPUT = 1, 2

# (section, title, fails the upgrade)
SECTIONS = [
    (
        "unknown",
        "Not known: a check failed or errored on {a} or {b} (rerun it; until then the upgrade is not safe)",
        True,
    ),
    ("regression", "Regressions: conforms on {a}, a defect on {b}", True),
    ("breaking", "Breaking changes: an announced change, a behaviour that ends, or a new error on {b}", True),
    ("defects", "Defects present on {b}", False),
    ("fix", "Fixes: a defect on {a}, fixed on {b}", False),
    ("new", "New on {b}", False),
]


class UpgradeError(ValueError):
    pass


def pick_column(model: dict, spec: str) -> str:
    """The tested version named by `spec`: an exact version, or the newest tested patch of a minor."""
    if spec in model["columns"]:
        return spec
    try:
        wanted = versions.resolve(spec)
    except versions.VersionError as exc:
        raise UpgradeError(str(exc)) from None
    same_minor = [v for v in model["versions"] if versions.minor(v) == versions.minor(wanted)]
    if wanted in model["columns"]:
        return wanted
    if spec.count(".") == 1 and same_minor:
        return same_minor[-1]
    raise UpgradeError(f"no results for Streamlit {spec}: run `./kit -s conformance-at -- {spec}` first")


def compare(model: dict, a: str, b: str, clauses: dict | None = None) -> dict[str, list[dict]]:
    """Each clause that differs between A and B in the section it belongs to; every defect on B in `defects`."""
    clauses = clauses or registry.load()
    found: dict[str, list[dict]] = {name: [] for name, _, _ in SECTIONS}
    for clause in model["clauses"]:
        cells = model["cells"][clause["id"]]
        before, after = compat.state(cells.get(a)), compat.state(cells.get(b))
        entry = {"clause": clause, "before": before, "after": after, "cell_after": cells.get(b)}
        what = compat.movement(clauses[clause["id"]], before, after) if clause["id"] in clauses else None
        if what in found:
            found[what].append(entry)
        if after and after["kind"] == Kind.DEFECT.value:
            found["defects"].append(entry)
    return found


def _side(state: dict | None) -> str:
    if state is None:
        return "not tested"
    if state["kind"] == compat.NA:
        return "n/a"
    name = f" {state['variant']}" if state["variant"] else ""
    verdict = "" if state["kind"] != compat.UNKNOWN else f" ({state['verdict']})"
    return f"{state['kind']}{name}{verdict}"


def render(found: dict[str, list[dict]], a: str, b: str) -> str:
    differ = {e["clause"]["id"] for name, _, _ in SECTIONS if name != "defects" for e in found[name]}
    lines = [
        f"Upgrading Streamlit {a} -> {b}: {len(differ)} fragment clause(s) differ, "
        f"{len(found['defects'])} defect(s) on {b}."
    ]
    for name, title, _ in SECTIONS:
        if not found[name]:
            continue
        lines += ["", title.format(a=a, b=b) + ":"]
        for entry in found[name]:
            clause = entry["clause"]
            lines.append(f"  {clause['id']}: {_side(entry['before'])} on {a} -> {_side(entry['after'])} on {b}")
            lines.append(f"    {clause['statement']}")
            cell = entry["cell_after"] or {}
            if name == "defects":
                lines.append(f"    {cell.get('source') or _evidence(clause, cell.get('variant'))}")
            lines.append(f"    {clause['docs']}")
    if not differ:
        lines.append("Every clause shows the same behaviour on both versions.")
    return "\n".join(lines)


def _evidence(clause: dict, variant: str | None) -> str:
    return next(
        (v["evidence"] for v in clause["variants"] if v["name"] == variant and v.get("evidence")), "see the report"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="nox -s upgrade --", description="what changes between two versions")
    parser.add_argument("from_version", metavar="FROM")
    parser.add_argument("to_version", metavar="TO")
    parser.add_argument("--raw", type=Path, default=ROOT / "reports" / "raw")
    args = parser.parse_args(argv)
    try:
        model = compat.build(args.raw, registry.load())
        a, b = pick_column(model, args.from_version), pick_column(model, args.to_version)
    except (UpgradeError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    found = compare(model, a, b)
    print(render(found, a, b))
    breaking = any(found[name] for name, _, fails in SECTIONS if fails)
    return EXIT_BREAKING if breaking else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
