"""The navigation-cost probe: what one page load costs, every process counted, and the floor it gives."""

import json
import subprocess
import sys

from tests.kit_run import ROOT


def _probe(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "lab.navigation_cost", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


def test_loads_are_priced_by_process_kind(tmp_path):
    out = tmp_path / "navigation-cost.json"
    done = _probe("--python", sys.executable, "--loads", "3", "--repeat", "1", "--checks", "1000", "--out", str(out))
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(out.read_text())
    (measured,) = report["versions"].values()
    kinds = measured["rounds"][0]
    assert kinds["browser renderer"] > 0 and kinds["streamlit server"] > 0 and kinds["playwright driver"] > 0
    assert measured["median_cpu_s_per_load"] == round(sum(kinds.values()), 3)
    assert report["floor_wall_min"] == round(1000 * measured["median_cpu_s_per_load"] / report["cpus"] / 60, 1)
    assert "1000 checks, one load each" in done.stdout


def test_bad_arguments_are_one_line(tmp_path):
    done = _probe("--loads", "0", "--out", str(tmp_path / "x.json"))
    assert done.returncode == 2 and done.stderr.strip() == "error: --loads and --repeat must be at least 1"
    done = _probe("--python", str(tmp_path / "nope"), "--out", str(tmp_path / "x.json"))
    assert done.returncode == 2 and done.stderr.strip() == f"error: no Python interpreter at {tmp_path / 'nope'}"
    assert not (tmp_path / "x.json").exists()
