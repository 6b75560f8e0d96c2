"""Stability runs: a check whose verdict is not the same in every run is a flip, reported with what it saw
in the runs where it did not pass; a check that both failed and passed is flaky."""

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from lab.stability import flips

ROOT = Path(__file__).resolve().parent.parent

CID = "spec/dialogs/dialog_in_fragment/test_dialog_in_fragment.py::test_dialog_opened_from_fragment_works"


def _run(verdict: str, message: str | None = None) -> dict:
    return {
        "1.58.0": {
            CID: {"verdict": verdict, "message": message, "observed": {"FULL": 1}},
            "steady": {"verdict": "pass", "message": None, "observed": {}},
        }
    }


def test_a_check_that_failed_once_is_flaky_with_its_failure_kept():
    found = flips([_run("pass"), _run("fail", "AssertionError: the dialog opened"), _run("pass")])
    assert found == [
        {
            "version": "1.58.0",
            "check": CID,
            "verdicts": ["pass", "fail", "pass"],
            "flaky": True,
            "not_passed": [
                {"run": 2, "verdict": "fail", "message": "AssertionError: the dialog opened", "observed": {"FULL": 1}}
            ],
        }
    ]


def test_same_verdicts_in_every_run_are_no_flip():
    assert flips([_run("fail", "x"), _run("fail", "x")]) == []


def test_a_killed_stability_run_stops_its_conformance_run(tmp_path):
    stopped = tmp_path / "stopped"
    child = textwrap.dedent(f"""
        import signal, sys, time
        signal.signal(signal.SIGTERM, lambda *a: (open({str(stopped)!r}, "w").close(), sys.exit(0)))
        open({str(tmp_path / "started")!r}, "w").close()
        time.sleep(60)  # sleep: a stand-in for a long conformance run, ended by the signal
    """)
    outer = textwrap.dedent(f"""
        import sys
        from lab import stability
        from conformance.server import kill_ends_as_ctrl_c
        kill_ends_as_ctrl_c()
        try:
            stability._run([sys.executable, "-c", {child!r}])
        except KeyboardInterrupt:
            sys.exit(130)
    """)
    proc = subprocess.Popen([sys.executable, "-c", outer], cwd=ROOT)
    deadline = time.monotonic() + 30
    while not (tmp_path / "started").exists() and time.monotonic() < deadline:
        time.sleep(0.05)  # sleep: polling for the child to have started, not a wait in a check
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 130
    assert stopped.exists(), "the conformance run was stopped as Ctrl-C stops it"
