"""Counterfeit fixture apps: each breaks one behaviour of a fixture app, to show the checks about it can fail.

`tests/counterfeits/<fixture>__<break>.py` stands in for `fixtures/<fixture>.py` (`<fixture>` may have
folders: `tutorials/x__y.py` stands in for `fixtures/tutorials/x.py`). Its docstring ends with
`Catches: test_a, test_b`: the checks that must fail on it. A counterfeit that breaks only one version's
variant of a clause also says where it applies: `Applies: 1.33.0 to before 1.63.0` (or `1.63.0 and later`);
elsewhere it is not run.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from conformance.registry import Span

ROOT = Path(__file__).resolve().parent.parent / "tests" / "counterfeits"


@dataclass(frozen=True)
class Counterfeit:
    name: str  # e.g. "scoped_rerun__skip_body"
    path: Path
    fixture: str  # the APP it stands in for, e.g. "scoped_rerun" or "page_switch/app"
    catches: tuple[str, ...]  # test function names
    applies: Span | None = None  # the versions it is a counterfeit for (None: every version)

    def applies_to(self, version: str) -> bool:
        return self.applies is None or self.applies.contains(version)


def _line(doc: str, label: str) -> str:
    return next((line for line in doc.splitlines() if line.startswith(label)), "").removeprefix(label).strip()


def _applies(text: str) -> Span | None:
    if not text:
        return None
    found = re.fullmatch(r"(\S+) to before (\S+)", text) or re.fullmatch(r"(\S+) and later", text)
    if not found:
        raise ValueError(f"Applies: takes 'X to before Y' or 'X and later', got {text!r}")
    return Span(found[1], found[2] if found.lastindex == 2 else None)


def catalogue(root: Path = ROOT) -> dict[str, Counterfeit]:
    found = {}
    for path in sorted(root.rglob("*__*.py")):
        name = path.relative_to(root).with_suffix("").as_posix()
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
        catches = tuple(n.strip() for n in _line(doc, "Catches:").split(",") if n.strip())
        found[name] = Counterfeit(name, path.resolve(), name.split("__")[0], catches, _applies(_line(doc, "Applies:")))
    return found
