"""The compatibility model: every raw result merged into clause-by-version cells, with provenance.

Its JSON form is reports/compatibility.json (documented in reports/SCHEMA.md); the Markdown and HTML reports
and the upgrade check are views of it.
"""

from __future__ import annotations

import json
from pathlib import Path

from packaging.version import InvalidVersion, Version

from conformance import fidelity, registry, results

SCHEMA = "streamlit-fragment-conformance/compatibility/1"
# Worst first: a clause's cell shows the worst verdict among its checks.
VERDICT_ORDER = ["error", "fail", "unexpected-pass", "known-bug", "skipped", "pass", "n/a"]
HOLDS = {"pass", "known-bug"}
# A clause flagged internal has no check (it cannot be observed from outside); its cells say so.
INTERNAL = "internal"


def _version_key(version: str):
    try:
        return (0, Version(version))
    except InvalidVersion:
        return (1, version)


def load_raw(raw_dir: Path) -> dict[str, dict]:
    """Raw results by Streamlit version; unreadable files are reported, never silently dropped."""
    found: dict[str, dict] = {}
    for path in sorted(Path(raw_dir).glob("streamlit-*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: not valid JSON ({exc})") from None
        if data.get("schema") != results.SCHEMA:
            raise ValueError(f"{path}: unknown schema {data.get('schema')!r}")
        data["_path"] = path.as_posix()
        found[results.column_of(data["run"])] = data
    return dict(sorted(found.items(), key=lambda kv: _version_key(kv[0])))


def worst(verdicts: list[str]) -> str:
    return min(verdicts, key=VERDICT_ORDER.index) if verdicts else "missing"


def repro(version: str, check_id: str) -> str:
    path, _, name = check_id.partition("::")
    return f"./kit -s conformance-at -- {version} '{path}::{name.split('[')[0]}'"


def _variant_seen(checks: list[dict]) -> str | None:
    seen = sorted({c["observed"]["variant"] for c in checks if isinstance(c.get("observed"), dict)
                   and isinstance(c["observed"].get("variant"), str)})
    return "+".join(seen) if seen else None


def _column(version: str, data: dict) -> dict:
    run = data["run"]
    return {
        "version": version,
        "source": data["_path"],
        "ran": run.get("finished"),
        "complete": bool(run.get("complete", False)) and not data.get("missing"),
        "missing": data.get("missing", []),
        "kit_revision": run.get("kit_revision"),
        "build": run.get("build"),
        "python": run.get("python"),
        "playwright": run.get("playwright"),
        "browser": run.get("browser"),
        "platform": run.get("platform"),
        "args": run.get("args"),
        "runs": len(data.get("runs", [run])),
        "summary": data.get("summary", {}),
    }


def _clause_entry(clause: registry.Clause) -> dict:
    return {
        "id": clause.id, "area": clause.area, "statement": clause.statement, "docs": clause.docs,
        "since": clause.span.since, "until": clause.span.until, "flags": list(clause.flags),
        "evidence": clause.evidence,
        "variants": [{"name": v.name, "since": v.span.since, "until": v.span.until, "statement": v.statement}
                     for v in clause.variants],
    }


def build(raw_dir: Path, clauses: dict[str, registry.Clause] | None = None,
          known_bugs: list | None = None) -> dict:
    clauses = clauses or registry.load()
    raw = load_raw(raw_dir)
    apptest = fidelity.load(raw_dir)
    cells: dict[str, dict[str, dict]] = {cid: {} for cid in clauses}
    for version, data in raw.items():
        by_clause: dict[str, list[dict]] = {}
        for check in data["checks"]:
            for cid in check["clauses"]:
                by_clause.setdefault(cid, []).append(check)
        for cid, clause in clauses.items():
            checks = by_clause.get(cid, [])
            variant = clause.variant_at(version) if clause.applies(version) else None
            cells[cid][version] = {
                "verdict": INTERNAL if "internal" in clause.flags else worst([c["verdict"] for c in checks]),
                "variant_expected": variant.name if variant else None,
                "variant_observed": _variant_seen(checks),
                "checks": [{**{k: c.get(k) for k in ("id", "verdict", "observed", "message", "duration_s", "ran", "artifacts")},
                            "repro": repro(version, c["id"])} for c in checks],
                "apptest": fidelity.cell(apptest.get(version), cid),
            }
    model = {
        "schema": SCHEMA,
        "generated": results.now(),
        "versions": list(raw),
        "columns": {v: _column(v, d) for v, d in raw.items()},
        "areas": sorted({c.area for c in clauses.values()}, key=lambda a: list(_area_order(clauses)).index(a)),
        "clauses": [{**_clause_entry(c), "apptest": fidelity.summary({v: cell.get("apptest") for v, cell in cells[c.id].items()}, list(raw))} for c in clauses.values()],
        "apptest_versions": [v for v in raw if v in apptest],
        "known_bugs": [{"clause": b.clause, "since": b.span.since, "until": b.span.until, "issue": b.issue,
                        "test": b.test, "note": b.note} for b in (known_bugs or [])],
        "cells": cells,
    }
    model["changelog"] = changelog(model)
    return model


def _area_order(clauses: dict[str, registry.Clause]) -> dict[str, None]:
    return dict.fromkeys(c.area for c in clauses.values())


def state(cell: dict | None) -> tuple[str, str | None]:
    """What a cell says about behaviour: its verdict and the variant seen (or expected, where none recorded)."""
    if not cell or cell["verdict"] in ("missing", INTERNAL):
        return ("missing", None)
    return (cell["verdict"], cell["variant_observed"] or cell["variant_expected"])


def changelog(model: dict) -> list[dict]:
    """For each clause, every version where its verdict or its observed variant differs from the version before."""
    entries = []
    for clause in model["clauses"]:
        previous_version, previous = None, None
        for version in model["versions"]:
            now = state(model["cells"][clause["id"]].get(version))
            if now[0] == "missing":
                continue
            if previous is not None and now != previous:
                entries.append({
                    "clause": clause["id"], "area": clause["area"], "version": version, "previous_version": previous_version,
                    "before": {"verdict": previous[0], "variant": previous[1]},
                    "after": {"verdict": now[0], "variant": now[1]},
                })
            previous_version, previous = version, now
    return entries
