"""Raw results made up for the report tests: the same shape the plugin writes."""

import json
from pathlib import Path

from conformance import results


def check(check_id: str, clauses: list[str], verdict: str, variant_seen: str | None = None, **observed) -> dict:
    return {
        "id": check_id,
        "clauses": clauses,
        "verdict": verdict,
        "variant_seen": variant_seen,
        "observed": observed,
        "duration_s": 1.0,
    }


def one_clause(raw_dir: Path, clause: str, *cells: tuple[str, str, str | None]) -> None:
    """Made-up results of one check of `clause`: (version, verdict, variant seen) per release."""
    for version, verdict, seen in cells:
        write_raw(raw_dir, version, [check(f"spec/x/test_x.py::test_{clause}", [clause], verdict, seen)])


def write_raw(
    raw_dir: Path,
    version: str,
    checks: list[dict],
    started: str = "2026-11-24T10:00:00+00:00",
    judged_as=None,
    kit_revision: str = "abc",
) -> Path:
    run = {
        "streamlit": version,
        "judged_as": judged_as,
        "python": "3.11.7",
        "playwright": "1.65.2",
        "pytest": "9.2.0",
        "browser": "chromium 156",
        "platform": "Linux",
        "kit_revision": kit_revision,
        "args": [],
        "started": started,
        "finished": started,
        "duration_s": 1.0,
        "checks_run": len(checks),
        "complete": True,
    }
    path = raw_dir / f"streamlit-{version}.json"
    results.write_atomic(path, results.merge(path, run, checks))
    return path


def outside_container_matrix(raw_dir: Path) -> None:
    """1.58 accumulates outside writes (EXT-01), 1.59 replaces them (EXT-04); 1.57 is like 1.58."""
    for version in ("1.57.0", "1.58.0"):
        write_raw(
            raw_dir,
            version,
            [
                check("spec/ext/test_x.py::test_accumulate", ["EXT-01"], "pass", ext_lines=3),
                check("spec/ext/test_x.py::test_replace", ["EXT-04"], "n/a"),
                check("spec/scope/test_s.py::test_scope", ["SCOPE-01"], "pass"),
            ],
        )
    write_raw(
        raw_dir,
        "1.59.2",
        [
            check("spec/ext/test_x.py::test_accumulate", ["EXT-01"], "n/a"),
            check("spec/ext/test_x.py::test_replace", ["EXT-04"], "pass", ext_lines=1),
            check("spec/scope/test_s.py::test_scope", ["SCOPE-01"], "pass"),
        ],
    )


def apptest_results(raw_dir: Path) -> None:
    """AppTest differs on SCOPE-01 everywhere; on EXT-01 it agrees up to 1.58 (n/a after)."""
    for version in ("1.57.0", "1.58.0", "1.59.2"):
        ext = "agrees" if version != "1.59.2" else "n/a"
        scenarios = [
            {
                "clause": "SCOPE-01",
                "name": "fragment_button",
                "verdict": "differs",
                "message": "the main script did not run (AppTest: FULL 1 -> 2)",
                "observed": {"FULL": 2},
            },
            {"clause": "EXT-01", "name": "outside_accumulates", "verdict": ext, "observed": {}},
        ]
        results.write_atomic(
            raw_dir / f"apptest-{version}.json",
            {"schema": "streamlit-fragment-conformance/apptest/1", "streamlit": version, "scenarios": scenarios},
        )


def read(path: Path) -> dict:
    return json.loads(path.read_text())
