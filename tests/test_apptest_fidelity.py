"""The AppTest fidelity runner, run as a user would against the Streamlit installed here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from conformance import registry
from conformance.apptest import NOT_EXPRESSIBLE
from conformance.apptest.case import Case

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = "streamlit-fragment-conformance/apptest/1"
VERDICTS = {"agrees", "differs", "n/a", "error", "not-expressible"}


def _run(out: Path, *args: str) -> tuple[subprocess.CompletedProcess, dict]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    done = subprocess.run(
        [sys.executable, "-m", "conformance.apptest_fidelity", "--out", str(out), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    return done, (json.loads(out.read_text()) if out.exists() else {})


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    done, data = _run(tmp_path_factory.mktemp("apptest") / "fidelity.json")
    assert data, f"the runner wrote nothing (exit {done.returncode}): {done.stderr[-2000:]}"
    return done, data


def _entries(data: dict, clause: str) -> list[dict]:
    return [s for s in data["scenarios"] if s["clause"] == clause]


def test_the_file_has_the_schema(report):
    done, data = report
    assert data["schema"] == SCHEMA
    assert data["streamlit"] == metadata.version("streamlit")
    assert data["python"] and data["generated"]
    for entry in data["scenarios"]:
        assert entry["verdict"] in VERDICTS, entry
        assert entry["clause"] in registry.load(), entry
        if entry["verdict"] in ("agrees", "differs", "error"):
            assert entry["name"] and isinstance(entry["observed"], dict) and entry["browser"], entry
        if entry["verdict"] in ("differs", "error", "not-expressible"):
            assert entry["message"] and "\n" not in entry["message"], entry
    assert done.stderr.count("apptest-fidelity [") == sum(1 for s in data["scenarios"] if "name" in s), (
        "one progress line per scenario"
    )


def test_no_scenario_errors(report):
    done, data = report
    errors = [f"{s['clause']} {s['name']}: {s['message']}" for s in data["scenarios"] if s["verdict"] == "error"]
    assert errors == [], "\n".join(errors)
    assert done.returncode == 0, done.stderr[-2000:]


def test_apptest_differs_on_scope_01_because_it_reruns_the_whole_script(report):
    _, data = report
    [entry] = [s for s in _entries(data, "SCOPE-01") if s["name"] == "fragment_button_reruns_only_the_fragment"]
    assert entry["verdict"] == "differs", entry
    assert entry["observed"]["after"]["FULL"] > entry["observed"]["before"]["FULL"], "the FULL counter rose"


def test_apptest_agrees_somewhere(report):
    _, data = report
    assert any(s["verdict"] == "agrees" for s in data["scenarios"])


def test_every_clause_is_covered_or_said_not_expressible(report):
    _, data = report
    public = {cid for cid, clause in registry.load().items() if "internal" not in clause.flags}
    recorded = {s["clause"] for s in data["scenarios"]}
    assert sorted(public - recorded) == [], "clauses with neither a scenario nor a NOT_EXPRESSIBLE reason"
    with_scenarios = {s["clause"] for s in data["scenarios"] if "name" in s}
    assert sorted(with_scenarios & set(NOT_EXPRESSIBLE)) == [], "a clause is both covered and not expressible"


def test_not_expressible_clauses_are_written_with_their_reason(report):
    _, data = report
    version = data["streamlit"]
    for cid, reason in NOT_EXPRESSIBLE.items():
        [entry] = _entries(data, cid)
        expected = "not-expressible" if registry.load()[cid].applies(version) else "n/a"
        assert entry["verdict"] == expected, entry
        if expected == "not-expressible":
            assert entry["message"] == reason


def test_k_selects_scenarios(tmp_path):
    done, data = _run(tmp_path / "scope.json", "-k", "scope-01")
    assert done.returncode == 0, done.stderr[-2000:]
    assert {s["clause"] for s in data["scenarios"]} == {"SCOPE-01"}
    assert [p.name for p in tmp_path.iterdir()] == ["scope.json"], "no temporary file is left behind"


def _case(checks) -> Case:
    case = Case(registry.load()["SCOPE-01"], "1.67.0")
    for held, says, saw in checks:
        case.check(held, says, saw)
    return case


def test_verdict_follows_the_checks():
    assert _case([(True, "a", "")]).judgement() == ("agrees", "")
    verdict, message = _case([(True, "a", ""), (False, "the main script did not run", "FULL 1 -> 2")]).judgement()
    assert verdict == "differs" and message == "the main script did not run (AppTest: FULL 1 -> 2)"
    assert _case([]).judgement()[0] == "error", "a scenario that judged nothing is a harness error"
