"""Run the conformance suite in a child pytest, as a user would, and read the raw results it writes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "conformance" / "spec"
COUNTERFEITS = ROOT / "tests" / "counterfeits"


def run_suite(args: list[str], results: Path, timeout: float = 600) -> tuple[subprocess.CompletedProcess, dict]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "--kit-results", str(results), *args],
        cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=env, stdin=subprocess.DEVNULL,
    )
    data = json.loads(results.read_text()) if results.exists() else {}
    return done, data


def verdicts(data: dict) -> dict[str, str]:
    """Test function name -> verdict."""
    return {c["id"].split("::")[-1].split("[")[0]: c["verdict"] for c in data.get("checks", [])}


def spec_module_for(fixture: str) -> Path:
    """The spec module whose APP is `fixture` (fixture apps and spec modules are paired by name)."""
    matches = [p for p in SPEC.rglob("test_*.py") if f'APP = "{fixture}"' in p.read_text()]
    if len(matches) != 1:
        raise LookupError(f"expected one spec module with APP = {fixture!r}, found {matches}")
    return matches[0]
