"""What changes for an app's fragments when it moves from one Streamlit version to another.

    python -m conformance.upgrade FROM TO [--raw reports/raw]

Reads the raw results already on disk (run `./kit -t 1.45 1.67` first). Exit status: 0 when nothing that
holds on FROM stops holding on TO, 1 when something does (a check fails, a behaviour ends, or a behaviour
changes to another variant), 2 on bad input (unknown version, no results).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from conformance import compat, expectations, registry, versions

ROOT = Path(__file__).resolve().parent.parent
EXIT_BREAKING, EXIT_BAD_INPUT = 1, 2

GROUPS = [
    ("breaks", "Holds on {a}, fails on {b}", True),
    ("ends", "Holds on {a}, no longer holds on {b} (the behaviour ended)", True),
    ("changes", "Behaves differently on {b}", True),
    ("new", "New on {b}", False),
    ("fixed", "Fixed on {b}", False),
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


def classify(before: dict | None, after: dict | None) -> str | None:
    (v_a, var_a), (v_b, var_b) = compat.state(before), compat.state(after)
    if "missing" in (v_a, v_b):
        return None
    holds_a, holds_b = v_a in compat.HOLDS, v_b in compat.HOLDS
    if holds_a and v_b == "n/a":
        return "ends"
    if holds_a and not holds_b:
        return "breaks"
    if holds_a and holds_b and var_a != var_b:
        return "changes"
    if v_a == "n/a" and holds_b:
        return "new"
    if not holds_a and v_a != "n/a" and holds_b:
        return "fixed"
    return None


def compare(model: dict, a: str, b: str) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {name: [] for name, _, _ in GROUPS}
    for clause in model["clauses"]:
        cells = model["cells"][clause["id"]]
        kind = classify(cells.get(a), cells.get(b))
        if kind:
            found[kind].append({"clause": clause, "before": compat.state(cells.get(a)), "after": compat.state(cells.get(b))})
    return found


def render(found: dict[str, list[dict]], a: str, b: str) -> str:
    total = sum(len(v) for v in found.values())
    lines = [f"Upgrading Streamlit {a} -> {b}: {total} fragment clause(s) differ."]
    for name, title, _ in GROUPS:
        if not found[name]:
            continue
        lines += ["", title.format(a=a, b=b) + ":"]
        for entry in found[name]:
            clause, (v_a, var_a), (v_b, var_b) = entry["clause"], entry["before"], entry["after"]
            detail = f"{v_a} -> {v_b}" + (f"; {var_a} -> {var_b}" if var_a != var_b else "")
            lines += [f"  {clause['id']} ({detail})", f"    {clause['statement']}", f"    {clause['docs']}"]
    if total == 0:
        lines.append("Every clause has the same verdict and behaviour on both versions.")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="nox -s upgrade --", description="what changes between two versions")
    parser.add_argument("from_version", metavar="FROM")
    parser.add_argument("to_version", metavar="TO")
    parser.add_argument("--raw", type=Path, default=ROOT / "reports" / "raw")
    args = parser.parse_args(argv)
    try:
        model = compat.build(args.raw, registry.load(), expectations.load())
        a, b = pick_column(model, args.from_version), pick_column(model, args.to_version)
    except (UpgradeError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    found = compare(model, a, b)
    print(render(found, a, b))
    breaking = any(found[name] for name, _, is_breaking in GROUPS if is_breaking)
    return EXIT_BREAKING if breaking else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
