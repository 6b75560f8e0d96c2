"""Counterfeit fixture apps: each breaks one behaviour of a fixture app, to show the checks about it can fail.

`tests/counterfeits/<fixture>__<break>.py` stands in for `fixtures/<fixture>.py` (`<fixture>` may have
folders: `tutorials/x__y.py` stands in for `fixtures/tutorials/x.py`). Its docstring ends with
`Catches: test_a, test_b`: the checks that must fail on it.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "tests" / "counterfeits"


@dataclass(frozen=True)
class Counterfeit:
    name: str  # e.g. "scoped_rerun__skip_body"
    path: Path
    fixture: str  # the APP it stands in for, e.g. "scoped_rerun" or "page_switch/app"
    catches: tuple[str, ...]  # test function names


def _catches(path: Path) -> tuple[str, ...]:
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    line = next((line for line in doc.splitlines() if line.startswith("Catches:")), "")
    return tuple(name.strip() for name in line.removeprefix("Catches:").split(",") if name.strip())


def catalogue(root: Path = ROOT) -> dict[str, Counterfeit]:
    found = {}
    for path in sorted(root.rglob("*__*.py")):
        name = path.relative_to(root).with_suffix("").as_posix()
        found[name] = Counterfeit(name, path.resolve(), name.split("__")[0], _catches(path))
    return found
