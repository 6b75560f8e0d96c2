"""Counterfeit fixture apps: each breaks one behaviour of a fixture app, to show the checks about it can fail.

A counterfeit is a small set of find/replace edits to its fixture app, kept with the other counterfeits of
that app in the `counterfeits.toml` beside it (spec/<area>/<behaviour>/; an app with pages may edit its other
files with `file = "pages/x.py"`):

    [[counterfeit]]
    name = "skip_body"                   # served as scoped_rerun__skip_body
    about = "what it breaks, and how"
    catches = ["test_a", "test_b"]       # the checks that must fail on it
    applies = "1.33.0 to before 1.63.0"  # optional: where the behaviour it breaks exists ("X and later")
      [[counterfeit.edit]]
      find = "counter_fragment()\n"      # must match exactly once, so a fixture change that breaks it fails
      replace = ""

`build` applies them in a folder of the session's own, so every counterfeit is its fixture with one break.
"""

from __future__ import annotations

import re
import shutil
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from conformance import layout
from conformance.registry import Span

KIT = layout.ROOT
# A fixture app finds the kit by its own depth below it; a built counterfeit lives elsewhere, so it is told.
_PRELUDE = re.compile(r"pathlib\.Path\(__file__\)\.resolve\(\)\.parents\[\d+\]")


class CounterfeitError(ValueError):
    pass


@dataclass(frozen=True)
class Edit:
    find: str
    replace: str
    file: str | None = None  # relative to the fixture's folder; None: the fixture app itself


@dataclass(frozen=True)
class Counterfeit:
    name: str  # e.g. "scoped_rerun__skip_body"
    fixture: str  # the behaviour whose app it stands in for, e.g. "scoped_rerun"
    catches: tuple[str, ...]  # test function names
    applies: Span | None = None  # the versions it is a counterfeit for (None: every version)
    about: str = ""
    edits: tuple[Edit, ...] = ()
    path: Path | None = None  # the built app, once `build` made it

    def applies_to(self, version: str) -> bool:
        return self.applies is None or self.applies.contains(version)


def _applies(text: str, where: str) -> Span | None:
    if not text:
        return None
    found = re.fullmatch(r"(\S+) to before (\S+)", text) or re.fullmatch(r"(\S+) and later", text)
    if not found:
        raise CounterfeitError(f"{where}: applies takes 'X to before Y' or 'X and later', got {text!r}")
    return Span(found[1], found[2] if found.lastindex == 2 else None)


def catalogue(spec: Path = layout.SPEC) -> dict[str, Counterfeit]:
    found = {}
    for fixture, folder in layout.behaviours(spec).items():
        path = folder / layout.COUNTERFEITS
        if not path.is_file():
            continue
        for entry in tomllib.loads(path.read_text(encoding="utf-8")).get("counterfeit", []):
            name = f"{fixture}__{entry['name']}"
            edits = tuple(Edit(e["find"], e["replace"], e.get("file")) for e in entry.get("edit", []))
            if not edits or not entry.get("catches"):
                raise CounterfeitError(f"{path.name}: {name} needs its edits and the checks it catches")
            found[name] = Counterfeit(
                name,
                fixture,
                tuple(entry["catches"]),
                _applies(entry.get("applies", ""), name),
                entry.get("about", ""),
                edits,
            )
    return found


# what a behaviour's folder holds besides its app
_NOT_THE_APP = shutil.ignore_patterns("__pycache__", "test_*.py", layout.SCENARIOS, layout.COUNTERFEITS)


def build(fake: Counterfeit, into: Path, spec: Path = layout.SPEC) -> Counterfeit:
    """Make the counterfeit app in `into`: a copy of its app (with its pages, if any) with every edit
    applied; an edit that does not match exactly once is a CounterfeitError."""
    home = into / fake.name
    shutil.copytree(layout.folder(fake.fixture, spec), home, ignore=_NOT_THE_APP)
    for number, edit in enumerate(fake.edits, 1):
        target = home / (edit.file or layout.APP)
        text = target.read_text(encoding="utf-8")
        if text.count(edit.find) != 1:
            raise CounterfeitError(
                f"{fake.name}: edit {number} matches {text.count(edit.find)} times in "
                f"{fake.fixture if edit.file is None else edit.file} (it must match once)"
            )
        target.write_text(text.replace(edit.find, edit.replace), encoding="utf-8")
    for script in home.rglob("*.py"):
        script.write_text(
            _PRELUDE.sub(f"pathlib.Path({str(KIT)!r})", script.read_text(encoding="utf-8")), encoding="utf-8"
        )
    return replace(fake, path=home / layout.APP)


def build_all(into: Path, spec: Path = layout.SPEC) -> dict[str, Counterfeit]:
    return {name: build(fake, into, spec) for name, fake in catalogue(spec).items()}
