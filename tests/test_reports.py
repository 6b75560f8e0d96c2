"""Aggregation, changelog, merging and the upgrade check, on made-up raw results."""

import subprocess
import sys

from conformance import compat, publish, upgrade
from tests.kit_run import ROOT
from tests.report_data import check, outside_container_matrix, read, write_raw


def test_one_version_updates_its_column_without_losing_the_others(tmp_path):
    raw = tmp_path / "raw"
    outside_container_matrix(raw)
    publish.publish(raw, tmp_path)
    write_raw(raw, "1.58.0", [check("conformance/spec/scope/test_s.py::test_scope", ["SCOPE-01"], "fail")],
              started="2026-11-25T10:00:00+00:00")
    publish.publish(raw, tmp_path)
    model = read(tmp_path / "compatibility.json")
    assert model["versions"] == ["1.57.0", "1.58.0", "1.59.2"]
    assert model["cells"]["SCOPE-01"]["1.58.0"]["verdict"] == "fail", "the new run replaced its check"
    assert model["cells"]["EXT-01"]["1.58.0"]["verdict"] == "pass", "checks it did not run were kept"
    assert model["columns"]["1.58.0"]["runs"] == 2 and model["columns"]["1.58.0"]["ran"].startswith("2026-11-25")


def test_changelog_shows_where_behaviour_changes(tmp_path):
    outside_container_matrix(tmp_path)
    changes = {(e["clause"], e["version"]) for e in compat.build(tmp_path)["changelog"]}
    assert changes == {("EXT-01", "1.59.2"), ("EXT-04", "1.59.2")}


def test_internal_clauses_say_so_in_every_column(tmp_path):
    outside_container_matrix(tmp_path)
    model = compat.build(tmp_path)
    internal = [c["id"] for c in model["clauses"] if "internal" in c["flags"]]
    assert internal, "the registry has internal clauses"
    for cid in internal:
        assert {cell["verdict"] for cell in model["cells"][cid].values()} == {"internal"}
    assert not any(e["clause"] in internal for e in model["changelog"])


def test_reports_are_written_whole_and_leave_no_temporary_files(tmp_path):
    outside_container_matrix(tmp_path / "raw")
    written = publish.publish(tmp_path / "raw", tmp_path)
    assert sorted(p.name for p in written) == ["compatibility.html", "compatibility.json", "compatibility.md"]
    assert not list(tmp_path.glob(".*.tmp")) and not list((tmp_path / "raw").glob(".*.tmp"))
    md = (tmp_path / "compatibility.md").read_text()
    assert "## EXT" in md and "| [EXT-01](" in md and "## Behaviour changelog" in md


def _upgrade(raw, *args):
    return subprocess.run([sys.executable, "-m", "conformance.upgrade", *args, "--raw", str(raw)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_upgrade_across_the_outside_container_change_fails(tmp_path):
    outside_container_matrix(tmp_path)
    done = _upgrade(tmp_path, "1.58", "1.59")
    assert done.returncode == upgrade.EXIT_BREAKING, done.stdout + done.stderr
    assert "EXT-01" in done.stdout and "no longer holds" in done.stdout and "EXT-04" in done.stdout


def test_upgrade_between_identical_versions_passes(tmp_path):
    outside_container_matrix(tmp_path)
    done = _upgrade(tmp_path, "1.57", "1.58")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "same verdict" in done.stdout


def test_upgrade_refuses_versions_without_results(tmp_path):
    outside_container_matrix(tmp_path)
    done = _upgrade(tmp_path, "1.58", "1.30")
    assert done.returncode == upgrade.EXIT_BAD_INPUT and "no fragments" in done.stderr
    done = _upgrade(tmp_path, "1.58", "1.60")
    assert done.returncode == upgrade.EXIT_BAD_INPUT and "no results for Streamlit 1.60" in done.stderr


def test_apptest_summary_names_the_version_ranges():
    from conformance import fidelity

    cells = {"1.33.0": {"verdict": "agrees"}, "1.36.0": {"verdict": "agrees"}, "1.37.1": {"verdict": "differs"},
             "1.40.2": {"verdict": "n/a"}, "1.67.0": {"verdict": "differs"}}
    runs = fidelity.summary(cells, list(cells))
    assert fidelity.describe(runs) == "agrees 1.33-1.36, differs 1.37-1.67"
