"""The compatibility model: every raw result merged into clause-by-version cells, with provenance.

Its JSON form is reports/compatibility.json (documented in docs/results-schema.md); the Markdown and HTML reports
and the upgrade check are views of it.
"""

from __future__ import annotations

import json
from pathlib import Path

from packaging.version import InvalidVersion, Version

from conformance import fidelity, nightlies, registry, results
from conformance.records import CheckId, CheckRecord, Kind, Verdict

SCHEMA = "streamlit-fragment-conformance/compatibility/2"
# A clause flagged internal has no check (it cannot be observed from outside); its cells say so.
INTERNAL = "internal"
# What a cell says of the release, besides the kinds: not applicable, or not known (an unexpected verdict).
NA, UNKNOWN = "n/a", "unknown"
CELL_KINDS = [k.value for k in Kind] + [NA, UNKNOWN]


def _version_key(version: str):
    """Releases (and other builds) by version; nightlies after them, apart, by day."""
    if nightlies.is_nightly(version.partition("+")[0]):
        return (2, nightlies.day_of(version.partition("+")[0]).isoformat(), version)
    try:
        return (0, Version(version))
    except InvalidVersion:
        return (1, version)


def nightly_of(version: str, judged_as: str | None = None) -> dict | None:
    """For a nightly's column: the day it was built and the release it was judged as (as its run recorded)."""
    build = version.partition("+")[0]
    if not nightlies.is_nightly(build):
        return None
    return {"day": nightlies.day_of(build).isoformat(), "judged_as": judged_as or nightlies.release_of(build)}


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
        data["checks"] = [CheckRecord.from_json(c) for c in data["checks"]]
        found[results.column_of(data["run"])] = data
    return dict(sorted(found.items(), key=lambda kv: _version_key(kv[0])))


def worst(verdicts: list[Verdict]) -> str:
    return min(verdicts, key=lambda v: v.rank).value if verdicts else "missing"


def repro(version: str, check_id: str) -> str:
    check = CheckId.parse(check_id)
    return f"./kit -s conformance-at -- {version} '{check.path}::{check.name}'"


def _variant_seen(checks: list[CheckRecord]) -> str | None:
    seen = sorted({c.variant_seen for c in checks if c.variant_seen})
    return "+".join(seen) if seen else None


def judge(clause: registry.Clause, version: str, verdict: str, seen: str | None) -> dict:
    """What a cell says of the release against the promise: its kind, the behaviour (variant) it stands for,
    and the source of that behaviour (a link, or the kit's evidence for a defect it found)."""
    if verdict == "n/a":
        return {"kind": NA, "variant": None, "source": None, "found_by_kit": False}
    if verdict in ("missing", INTERNAL) or not Verdict(verdict).expected:
        return {"kind": UNKNOWN, "variant": seen, "source": None, "found_by_kit": False}
    expected = clause.variant_at(version)
    name = seen if seen and "+" not in seen else (expected.name if expected else None)
    try:
        variant = clause.variant(name, version) if name else None
    except registry.RegistryError:  # a behaviour the registry does not know, in a check that passed
        return {"kind": UNKNOWN, "variant": name, "source": None, "found_by_kit": False}
    kind = variant.kind if variant else Kind.CONFORMS
    return {
        "kind": kind.value,
        "variant": name,
        "source": (variant.source or None) if variant else clause.docs,
        "found_by_kit": bool(variant and variant.found_by_kit),
    }


def _column(version: str, data: dict) -> dict:
    run = data["run"]
    return {
        "version": version,
        "source": data["_path"],
        "ran": run.get("finished"),
        "complete": bool(run.get("complete", False)) and not data.get("missing"),
        "missing": data.get("missing", []),
        "kit_revision": run.get("kit_revision"),
        "kit_revisions": kit_revisions(data),
        "build": run.get("build"),
        "python": run.get("python"),
        "playwright": run.get("playwright"),
        "browser": run.get("browser"),
        "platform": run.get("platform"),
        "args": run.get("args"),
        "runs": len(data.get("runs", [run])),
        "summary": data.get("summary", {}),
        "lost_clicks": lost_clicks(data.get("checks", [])),
        "nightly": nightly_of(version, run.get("judged_as")),
    }


def kit_revisions(data: dict) -> list[dict]:
    """Which kit revisions produced the column's records, most records first: a column merged from narrowed runs
    (a path, `-k`) holds records of several. A record whose run is no longer kept counts under None."""
    revision_of = {r.get("started"): r.get("kit_revision") for r in data.get("runs", [data["run"]])}
    counts: dict[str | None, int] = {}
    for check in data.get("checks", []):
        revision = revision_of.get(check.ran) if check.ran else data["run"].get("kit_revision")
        counts[revision] = counts.get(revision, 0) + 1
    return [{"revision": r, "records": n} for r, n in sorted(counts.items(), key=lambda kv: -kv[1])]


def lost_clicks(checks: list[CheckRecord]) -> dict:
    """Clicks the release dropped (no run followed; the harness clicked again), a finding of its own: how many,
    and in which checks."""
    found = {c.id: len((c.observed or {}).get("lost_clicks", [])) for c in checks}
    found = {cid: n for cid, n in found.items() if n}
    return {"clicks": sum(found.values()), "checks": sorted(found)}


def _clause_entry(clause: registry.Clause) -> dict:
    return {
        "id": clause.id,
        "area": clause.area,
        "statement": clause.statement,
        "docs": clause.docs,
        "undocumented": clause.undocumented,
        "since": clause.span.since,
        "until": clause.span.until,
        "flags": list(clause.flags),
        "evidence": clause.evidence,
        "variants": [
            {
                "name": v.name,
                "since": v.span.since,
                "until": v.span.until,
                "statement": v.statement,
                "kind": v.kind.value,
                "source": v.source or None,
                "evidence": v.evidence or None,
                "found_by_kit": v.found_by_kit,
                "fails": v.fails,
            }
            for v in clause.variants
        ],
    }


def build(raw_dir: Path, clauses: dict[str, registry.Clause] | None = None) -> dict:
    clauses = clauses or registry.load()
    raw = load_raw(raw_dir)
    apptest = fidelity.load(raw_dir)
    cells: dict[str, dict[str, dict]] = {cid: {} for cid in clauses}
    for version, data in raw.items():
        judged = (data.get("run") or {}).get("judged_as") or version  # a nightly: the release it leads to
        by_clause: dict[str, list[CheckRecord]] = {}
        for check in data["checks"]:
            for cid in check.clauses:
                by_clause.setdefault(cid, []).append(check)
        for cid, clause in clauses.items():
            # a check about several clauses saw the variant of its first one only
            checks = by_clause.get(cid, [])
            variant = clause.variant_at(judged) if clause.applies(judged) else None
            verdict = INTERNAL if "internal" in clause.flags else worst([c.verdict for c in checks])
            seen = _variant_seen([c for c in checks if c.clauses[0] == cid])
            cells[cid][version] = {
                "verdict": verdict,
                "variant_expected": variant.name if variant else None,
                "variant_observed": seen,
                **judge(clause, judged, verdict, seen),
                "checks": [
                    {
                        **{
                            k: v
                            for k, v in c.to_json().items()
                            if k
                            in (
                                "id",
                                "verdict",
                                "variant_seen",
                                "observed",
                                "message",
                                "duration_s",
                                "ran",
                                "artifacts",
                            )
                        },
                        "repro": repro(version, c.id),
                    }
                    for c in checks
                ],
                "apptest": fidelity.cell(apptest.get(version), cid),
            }
    model = {
        "schema": SCHEMA,
        "generated": results.now(),
        "versions": list(raw),
        "columns": {v: _column(v, d) for v, d in raw.items()},
        "areas": sorted({c.area for c in clauses.values()}, key=lambda a: list(_area_order(clauses)).index(a)),
        "clauses": [
            {
                **_clause_entry(c),
                "apptest": fidelity.summary({v: cell.get("apptest") for v, cell in cells[c.id].items()}, list(raw)),
            }
            for c in clauses.values()
        ],
        "apptest_versions": [v for v in raw if v in apptest],
        "cells": cells,
    }
    model["summary"] = {v: release_summary(model, v) for v in model["versions"]}
    model["changelog"] = changelog(model, clauses)
    return model


def release_summary(model: dict, version: str) -> dict:
    """How many clauses conform, changed, have a defect, are n/a or unknown on one release, and its defects."""
    counts = dict.fromkeys(CELL_KINDS, 0)
    defects = []
    for clause in model["clauses"]:
        cell = model["cells"][clause["id"]].get(version)
        if not cell or cell["verdict"] == INTERNAL:
            continue
        counts[cell["kind"]] += 1
        if cell["kind"] == Kind.DEFECT.value:
            defects.append(
                {
                    "clause": clause["id"],
                    "variant": cell["variant"],
                    "source": cell["source"],
                    "found_by_kit": cell["found_by_kit"],
                }
            )
    unexpected = [c["clause"] for c in unexpected_cells(model, version)]
    column = model["columns"].get(version, {})
    lost = column.get("lost_clicks", {"clicks": 0, "checks": []})
    return {"counts": counts, "defects": defects, "unexpected": unexpected, "lost_clicks": lost}


def unexpected_cells(model: dict, version: str) -> list[dict]:
    """The cells of one release whose harness verdict is not the expected one (fail, error, unexpected pass)."""
    found = []
    for clause in model["clauses"]:
        cell = model["cells"][clause["id"]].get(version)
        if cell and cell["verdict"] not in ("missing", INTERNAL) and not Verdict(cell["verdict"]).expected:
            found.append({"clause": clause["id"], "version": version, "verdict": cell["verdict"]})
    return found


def unexpected_checks(model: dict) -> list[dict]:
    """Every check of the report whose verdict is not the expected one, with its release and clause, in the
    report's order (releases oldest first, clauses as listed)."""
    found = []
    for version in model["versions"]:
        for cell in unexpected_cells(model, version):
            for check in model["cells"][cell["clause"]][version]["checks"]:
                if not Verdict(check["verdict"]).expected:
                    found.append({"version": version, "clause": cell["clause"], **check})
    return found


def _area_order(clauses: dict[str, registry.Clause]) -> dict[str, None]:
    return dict.fromkeys(c.area for c in clauses.values())


def state(cell: dict | None) -> dict | None:
    """What a cell says about behaviour: its verdict, the variant it stands for and that variant's kind."""
    if not cell or cell["verdict"] in ("missing", INTERNAL):
        return None
    return {"verdict": cell["verdict"], "variant": cell["variant"], "kind": cell["kind"]}


def movement(clause: registry.Clause, before: dict | None, after: dict | None) -> str | None:
    """How a clause moves from one release to another: regression, breaking (an announced change, a behaviour
    that ends, a new error where there was none), fix, new, new-defect (new, and a defect from the start),
    other-defect (one defect for another), unknown (an unexpected verdict on a side), or None."""
    if before is None or after is None:
        return None
    kinds = (before["kind"], after["kind"])
    if UNKNOWN in kinds:
        return UNKNOWN
    if before == after or kinds == (NA, NA):
        return None
    if after["kind"] == Kind.DEFECT.value:
        return {NA: "new-defect", Kind.DEFECT.value: "other-defect"}.get(before["kind"], "regression")
    if before["kind"] == NA:
        return "new"
    if after["kind"] == NA:
        return "breaking"
    if after["kind"] == Kind.CHANGED.value and before["variant"] != after["variant"]:
        return "breaking"
    if _new_error(clause, before["variant"], after["variant"]):
        return "breaking"
    if before["kind"] == Kind.DEFECT.value:
        return "fix"
    return "new"


def _new_error(clause: registry.Clause, before: str | None, after: str | None) -> bool:
    """The behaviour after raises where the one before did not (by the variants' expected `error`)."""

    def error(name):
        return clause.variant(name).expect.get("error", "") if name and clause.variants else ""

    try:
        return bool(error(after)) and not error(before)
    except registry.RegistryError:
        return False


CHANGELOG_KINDS = {
    "regression": "regression",
    "breaking": "change",
    "other-defect": "change",
    "fix": "fix",
    "new": "new",
    "new-defect": "new",
    UNKNOWN: UNKNOWN,
}


def changelog(model: dict, clauses: dict[str, registry.Clause] | None = None) -> list[dict]:
    """For each clause, every version where its behaviour, its kind or its verdict differs from the version
    before, each entry classified: regression, fix, change, new (or unknown where a verdict is unexpected)."""
    clauses = clauses or registry.load()
    entries = []
    for clause in model["clauses"]:
        previous_version, previous = None, None
        for version in model["versions"]:
            now = state(model["cells"][clause["id"]].get(version))
            if now is None:
                continue
            if previous is not None and now != previous:
                what = movement(clauses[clause["id"]], previous, now) if clause["id"] in clauses else UNKNOWN
                entries.append(
                    {
                        "clause": clause["id"],
                        "area": clause["area"],
                        "version": version,
                        "previous_version": previous_version,
                        "type": CHANGELOG_KINDS.get(what, "change"),
                        "before": previous,
                        "after": now,
                    }
                )
            previous_version, previous = version, now
    return entries
