"""What AppTest shows of each clause, next to what the browser shows: the report's AppTest column.

Reads `apptest-<version>.json` (written by `python -m conformance.apptest_fidelity`, see
conformance/apptest/README.md) beside the raw browser results.
"""

from __future__ import annotations

import json
from pathlib import Path

from conformance.records import ScenarioRecord

SCHEMA = "streamlit-fragment-conformance/apptest/1"


def load(raw_dir: Path) -> dict[str, dict]:
    """Version -> its AppTest results; unreadable files are reported, never silently dropped."""
    found = {}
    for path in sorted(Path(raw_dir).glob("apptest-*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: not valid JSON ({exc})") from None
        if data.get("schema") != SCHEMA:
            raise ValueError(f"{path}: unknown schema {data.get('schema')!r}")
        found[path.stem.removeprefix("apptest-")] = data  # the column: a version, or a version and build tag
    return found


def cell(data: dict | None, clause_id: str) -> dict | None:
    """AppTest's verdict on one clause in one version, with what each scenario saw."""
    if data is None:
        return None
    scenarios = [ScenarioRecord.from_json(s) for s in data["scenarios"] if s["clause"] == clause_id]
    if not scenarios:
        return None
    return {
        "verdict": min((s.verdict for s in scenarios), key=lambda v: v.rank).value,
        "scenarios": [
            {"name": s.name, "verdict": s.verdict.value, "message": s.message, "note": s.note, "observed": s.observed}
            for s in scenarios
        ],
    }


def summary(cells_by_version: dict[str, dict | None], versions: list[str]) -> list[dict]:
    """Runs of versions with the same AppTest verdict, oldest first: [{verdict, first, last}]."""
    runs: list[dict] = []
    for version in versions:
        found = cells_by_version.get(version)
        if not found or found["verdict"] == "n/a":
            continue
        if runs and runs[-1]["verdict"] == found["verdict"]:
            runs[-1]["last"] = version
        else:
            runs.append({"verdict": found["verdict"], "first": version, "last": version})
    return runs


def describe(runs: list[dict]) -> str:
    """`differs`, or `agrees 1.33-1.36, differs 1.37-1.67` when it changes."""
    if not runs:
        return ""
    if len(runs) == 1:
        return runs[0]["verdict"]
    return ", ".join(
        f"{r['verdict']} {_short(r['first'])}" + (f"-{_short(r['last'])}" if r["last"] != r["first"] else "")
        for r in runs
    )


def _short(version: str) -> str:
    return ".".join(version.split(".")[:2])
