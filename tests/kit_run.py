"""Run the conformance suite in a child pytest, as a user would, and read the raw results it writes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from conformance import layout, results

ROOT = Path(__file__).resolve().parent.parent
SPEC = layout.SPEC
VERSION = results.package_version("streamlit")


def run_suite(
    args: list[str], results_dir: Path, timeout: float = 600, env: dict | None = None
) -> tuple[subprocess.CompletedProcess, dict]:
    """Run pytest with `args` (and `env` added to the environment); return its outcome and the raw results for
    the Streamlit installed here."""
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}, **(env or {})}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "--kit-results", str(results_dir), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    path = results.path_for(results_dir, VERSION)
    return done, (json.loads(path.read_text()) if path.exists() else {})


SCOPED_CHECK = """
    import pytest
    APP = "scoped_rerun"

    @pytest.mark.clause("SCOPE-01")
    def test_first_run(app, check):
        snap = app.markers()
        check.observe(markers=snap)
        assert snap["FULL"] == 1
"""  # a made-up module with one check that passes


def probe_command(folder: Path, source: str, *args: str, env: dict | None = None) -> tuple[list[str], dict]:
    """Write a made-up test module (outside spec/) to `folder`; the child pytest command that runs
    it under the kit's plugin, with its results in folder/results, and that command's environment."""
    (folder / "test_probe.py").write_text(textwrap.dedent(source))
    child_env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")},
        "PYTHONPATH": str(ROOT),
        **(env or {}),
    }
    return (
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "conformance.plugin",
            "-p",
            "no:cacheprovider",
            "-q",
            "--kit-results",
            str(folder / "results"),
            "--rootdir",
            str(folder),
            str(folder / "test_probe.py"),
            *args,
        ],
        child_env,
    )


def probe_results(folder: Path) -> dict:
    path = results.path_for(folder / "results", VERSION)
    return json.loads(path.read_text()) if path.exists() else {}


def run_probe(
    folder: Path, source: str, *args: str, env: dict | None = None, timeout: float = 300
) -> tuple[subprocess.CompletedProcess, dict]:
    """Run a made-up test module (outside spec/) under the kit's plugin in a child pytest."""
    cmd, child_env = probe_command(folder, source, *args, env=env)
    done = subprocess.run(
        cmd, cwd=folder, capture_output=True, text=True, timeout=timeout, env=child_env, stdin=subprocess.DEVNULL
    )
    return done, probe_results(folder)


def verdicts(data: dict) -> dict[str, str]:
    """Check id (path::test[params][@counterfeit]) -> verdict."""
    return {c["id"]: c["verdict"] for c in data.get("checks", [])}
