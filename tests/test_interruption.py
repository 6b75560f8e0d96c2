"""A run killed in the middle leaves no server or browser behind, publishes nothing, writes what it finished
marked incomplete, and the next run (`--kit-resume`) runs only what is missing."""

import os
import signal
import subprocess
import time
from pathlib import Path

from conformance.page_watch import INVARIANTS
from lab.benchmark import process_tree
from tests.kit_run import ROOT, SCOPED_CHECK, probe_command, probe_results, run_probe

PUBLISHED = [ROOT / "reports" / f"compatibility.{ext}" for ext in ("json", "md", "html")]


def _probe(folder: Path) -> str:
    return (
        SCOPED_CHECK
        + f"""
    @pytest.mark.clause("SCOPE-01")
    def test_second_is_cut_short(app, check):
        import pathlib
        snap = app.markers()
        pathlib.Path({str(folder / "reached")!r}).touch()
        if pathlib.Path({str(folder / "hold")!r}).exists():
            snap = app.wait_for(FULL=999, timeout_ms=120_000)  # never comes: the run is killed meanwhile
        check.observe(markers=snap)
        assert snap["FULL"] == 1
    """
    )


def _cmdline(pid: int) -> str:
    try:
        return open(f"/proc/{pid}/cmdline").read()
    except OSError:
        return ""


def _alive(pid: int) -> bool:
    try:
        state = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_killed_run_leaves_nothing_running_and_the_next_run_completes_it(tmp_path):
    (tmp_path / "hold").touch()
    published = {path: path.read_bytes() for path in PUBLISHED}
    cmd, env = probe_command(tmp_path, _probe(tmp_path), "--kit-publish")
    run = subprocess.Popen(
        cmd,
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not (tmp_path / "reached").exists() and time.monotonic() < deadline and run.poll() is None:
            time.sleep(0.1)  # sleep: polling for the child run to reach its second check, not a wait in a check
        started = process_tree(run.pid)
        kinds = " ".join(_cmdline(pid) for pid in started)
        run.send_signal(signal.SIGTERM)
        code = run.wait(timeout=60)
    finally:
        overwritten = [path.name for path, text in published.items() if path.read_bytes() != text]
        for path, text in published.items():
            path.write_bytes(text)  # the committed reports back in any case; the check is below
    output = run.stdout.read()
    assert "serve.py" in kinds and "chrom" in kinds, "a server and a browser were running when the run was killed"
    assert code == 2, output[-2000:]
    left = [pid for pid in started if pid != run.pid and _alive(pid)]
    assert left == [], f"processes left behind: {left}"
    assert overwritten == [], "an interrupted run publishes nothing"
    data = probe_results(tmp_path)
    assert data["run"]["complete"] is False and data["run"]["interrupted"] == "stopped"
    # a check's invariant records (INV-..) are kept with it, and so are resumed with it
    invariants = [f"~{cid}" for cid in INVARIANTS]
    assert [c["id"].split("::")[-1] for c in data["checks"]] == ["test_first_run"] + [
        f"test_first_run{inv}" for inv in invariants
    ]
    assert [m.split("::")[-1] for m in data["missing"]] == ["test_second_is_cut_short"]

    os.remove(tmp_path / "hold")
    (tmp_path / "reached").unlink()
    done, data = run_probe(tmp_path, _probe(tmp_path), "--kit-resume")
    assert done.returncode == 0, done.stdout[-2000:]
    assert "1 deselected" in done.stdout, "only the missing check ran"
    assert data["run"]["complete"] is True and data["missing"] == []
    assert {c["id"].split("::")[-1]: c["verdict"] for c in data["checks"]} == {
        f"{check}{inv}": "pass" for check in ("test_first_run", "test_second_is_cut_short") for inv in ["", *invariants]
    }
