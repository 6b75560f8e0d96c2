"""Run the conformance in a child pytest and read what it wrote (for the benchmark and the stability runs)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from conformance.durations import WORKERS  # noqa: F401  (the benchmark and the stability runs use the same)

ROOT = Path(__file__).resolve().parent.parent


def pytest_command(pythons: list[Path], results_dir: Path, extra: list[str]) -> list[str]:
    # one token per option: pytest takes a lone path argument for a test path when it looks for its rootdir
    # and pyproject.toml, and a results folder outside the kit (a temporary one) then loses the kit's config
    return [
        sys.executable,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "-q",
        f"--kit-results={results_dir}",
        *[f"--kit-python={p}" for p in pythons],
        *extra,
    ]


def read_results(results_dir: Path) -> dict[str, dict]:
    """Version -> its raw results."""
    found = {}
    for path in Path(results_dir).glob("streamlit-*.json"):
        data = json.loads(path.read_text())
        found[data["run"].get("target") or data["run"]["streamlit"]] = data
    return found


def read_verdicts(results_dir: Path) -> dict[str, dict[str, str]]:
    """Version -> check id -> verdict."""
    return {v: {c["id"]: c["verdict"] for c in data["checks"]} for v, data in read_results(results_dir).items()}
