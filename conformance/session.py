"""What the plugin keeps for one pytest session, typed, in `config.stash` (`kit(config)`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conformance.records import CheckRecord


@dataclass
class KitSession:
    clauses: dict = field(default_factory=dict)  # the registry the checks are judged by
    results_dir: Path = Path("reports/raw")
    targets: list = field(default_factory=list)  # the Streamlit builds checked (targets.Target)
    durations: dict[str, float] = field(default_factory=dict)  # check id -> expected seconds, for scheduling
    missing: dict[str, list[str]] = field(default_factory=dict)  # target id -> checks an interrupted run left
    swaps: dict[str, Path] = field(default_factory=dict)  # --kit-swap NAME=PATH
    counterfeits: dict | None = None  # --kit-counterfeits: name -> built Counterfeit
    counterfeits_dir: Path | None = None
    run_dir: object | None = None  # the run's own HOME and TMPDIR (run_dir.RunDir)
    journal: object | None = None  # results.Journal, opened on first use
    error_codes: set[int] = field(default_factory=set)  # harness errors seen, for the exit status
    checks: dict[tuple[str, str], CheckRecord] = field(default_factory=dict)  # (target id, check id) -> record
    collected: dict[str, set[str]] = field(default_factory=dict)  # target id -> check ids to run
    browser: str | None = None
    started: float = 0.0
    started_iso: str = ""
    revision: str | None = None  # the kit's git revision when the run began
    results_paths: list[Path] = field(default_factory=list)
    write_error: str | None = None
    published: list[Path] = field(default_factory=list)


_KEY = pytest.StashKey[KitSession]()


def kit(config) -> KitSession:
    found = config.stash.get(_KEY, None)
    if found is None:
        found = config.stash[_KEY] = KitSession()
    return found
