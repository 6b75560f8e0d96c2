"""The GitHub Actions workflow fans the matrix out as one job per version and merges their raw results.

Simulated here: two versions run as separate processes into separate result folders, their raw files are put
together as the merge job downloads them, and the report built from them says the same as the report of one
run over both versions on one machine (the same cells, verdicts, variants, changelog and columns; only the
provenance, the timings and what each run measured may differ)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import sys

from conformance import environments, publish
from tests.kit_run import ROOT, VERSION

WORKFLOW = ROOT / ".github" / "workflows" / "conformance.yml"
OLDER = "1.58.0"  # outside containers accumulate up to 1.58 and are replaced from 1.59: the report changes
CHECKS = [
    "spec/outside_containers/outside_container/test_outside_container.py",
    "spec/scoped_reruns/scoped_rerun/test_scoped_rerun.py",
]


def test_workflow_takes_its_versions_from_nox():
    text = WORKFLOW.read_text()
    assert "nox -l --json" in text and "fromJSON(needs.versions.outputs.sessions)" in text
    listed = subprocess.run(
        [sys.executable, "-m", "nox", "-f", str(ROOT / "noxfile.py"), "-l", "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    sessions = [s["session"] for s in json.loads(listed.stdout)]
    from conformance import versions

    assert sessions == [f"conformance({versions.minor(v)})" for v in versions.load()]
    assert "merge-multiple: true" in text and "./kit -s report" in text


def _run(pythons: list[Path], out: Path, workers: str) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-n",
            workers,
            "--kit-results",
            str(out),
            *[f"--kit-python={p}" for p in pythons],
            *CHECKS,
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _what_it_says(model: dict) -> dict:
    cells = {
        cid: {
            v: (
                c["verdict"],
                c["variant_expected"],
                c["variant_observed"],
                sorted((k["id"], k["verdict"]) for k in c["checks"]),
            )
            for v, c in by_version.items()
        }
        for cid, by_version in model["cells"].items()
    }
    columns = {v: (c["complete"], c["summary"], c["missing"]) for v, c in model["columns"].items()}
    return {"versions": model["versions"], "cells": cells, "columns": columns, "changelog": model["changelog"]}


@pytest.mark.skipif(VERSION is None or VERSION.startswith("1.58"), reason="needs a Streamlit other than 1.58")
def test_sharded_run_reports_the_same_as_one_machine(tmp_path):
    pythons = [environments.prepare([OLDER], log=lambda line: None)[0], Path(sys.executable)]
    one = _run(pythons, tmp_path / "one", workers="2")
    assert one.wait(timeout=900) == 0
    # Each shard in one process, as a job of one small check set would run: no workers to start.
    shards = [_run([python], tmp_path / f"shard-{i}", workers="0") for i, python in enumerate(pythons)]
    assert [shard.wait(timeout=900) for shard in shards] == [0, 0]
    merged = tmp_path / "merged"
    merged.mkdir()
    for i in range(len(pythons)):
        for raw in (tmp_path / f"shard-{i}").glob("streamlit-*.json"):
            shutil.copy(raw, merged / raw.name)  # what the merge job's download puts in reports/raw
    publish.publish(tmp_path / "one", tmp_path / "one-report")
    publish.publish(merged, tmp_path / "merged-report")
    alone = json.loads((tmp_path / "one-report" / "compatibility.json").read_text())
    sharded = json.loads((tmp_path / "merged-report" / "compatibility.json").read_text())
    assert _what_it_says(sharded) == _what_it_says(alone)
    assert any(e["clause"] == "EXT-04" for e in alone["changelog"]), "the two versions do differ"
