"""The kit's own rules for its spec, beside ruff: `python -m conformance.lint` (run by `nox -s lint`).

- the spec's layout: every folder of spec/ is an area folder of the registry's area table, and every
  behaviour folder holds its app.py and its checks, test_<behaviour>.py;
- no waiting by the clock without a stated reason: outside the fixture apps (which may pause on purpose), a
  call to time's or Playwright's pause functions carries `# sleep: <why>` on its line;
- checks talk to the page through the harness: no `.page` access, page JavaScript or test ids in spec modules;
- check names are unique in the spec (a counterfeit names the checks it catches by their names);
- every counterfeit edit applies (each `find` matches its app exactly once);
- the clause registry loads (the rules `registry.load()` enforces, such as one statement per variant name).

Prints one line per finding (path:line: rule: what) and exits 1 when there is one, 0 when there is none.
"""

from __future__ import annotations

import ast
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from conformance import counterfeits, layout, registry

ROOT = layout.ROOT
SOURCES = ("conformance", "tests", "lab", "spec", "noxfile.py")
_SLEEP = re.compile(r"\b(?:sleep|wait_for_timeout)\(")
_SLEEP_REASON = re.compile(r"#\s*sleep:\s*\S")
_RAW_PAGE = [
    (re.compile(r"\.page\b"), "reaches past the harness to the Playwright page (use LiveApp or add a helper)"),
    (re.compile(r"data-test(?:id|state)|\bstApp\b"), "names a frontend test id (the adapter holds those)"),
    (re.compile(r"=>|document\.|querySelector"), "holds page JavaScript (the harness keeps it in conformance/js/)"),
]


Finding = str  # one line: path:line: rule: what


def _finding(path: Path, line: int, rule: str, what: str) -> Finding:
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    return f"{shown}:{line}: {rule}: {what}"


def _is_app(path: Path) -> bool:
    """A fixture app or one of its pages: it may sleep, and its text is what counterfeit edits match."""
    return path.name == layout.APP or "pages" in path.parts


def _python_files(root: Path = ROOT):
    for name in SOURCES:
        place = root / name
        yield from [place] if place.is_file() else sorted(place.rglob("*.py"))


def layout_findings(spec: Path = layout.SPEC) -> list[Finding]:
    found = []
    folders = {a.folder for a in registry.areas().values()}
    for area in sorted(p for p in spec.iterdir() if p.is_dir() and p.name != "__pycache__"):
        if area.name not in folders:
            found.append(
                _finding(area, 0, "layout", f"{area.name}/ is not an area folder of the registry's area table")
            )
            continue
        for behaviour in sorted(p for p in area.iterdir() if p.is_dir() and p.name != "__pycache__"):
            for needed in (layout.APP, f"test_{behaviour.name}.py"):
                if not (behaviour / needed).is_file():
                    found.append(_finding(behaviour, 0, "layout", f"{behaviour.name}/ has no {needed}"))
    for stray in sorted(p for p in spec.glob("*") if p.is_file()):
        found.append(_finding(stray, 0, "layout", "a file outside every behaviour folder"))
    try:
        layout.behaviours(spec)
    except layout.LayoutError as exc:
        found.append(_finding(spec, 0, "layout", str(exc)))
    return found


def sleep_findings(files) -> list[Finding]:
    found = []
    for path in files:
        if _is_app(path):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if _SLEEP.search(code) and not _SLEEP_REASON.search(line):
                found.append(_finding(path, number, "sleep", "a sleep without `# sleep: <why>` on its line"))
    return found


def raw_page_findings(spec: Path = layout.SPEC) -> list[Finding]:
    found = []
    for path in sorted(spec.rglob("test_*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for pattern, what in _RAW_PAGE:
                if pattern.search(line):
                    found.append(_finding(path, number, "raw-page", what))
    return found


def check_name_findings(spec: Path = layout.SPEC) -> list[Finding]:
    where = defaultdict(list)
    for path in sorted(spec.rglob("test_*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
                where[node.name].append((path, node.lineno))
    return [
        _finding(path, line, "check-name", f"{name} is also defined in {places[0][0].name}")
        for name, places in where.items()
        if len(places) > 1
        for path, line in places[1:]
    ]


def counterfeit_findings(spec: Path = layout.SPEC) -> list[Finding]:
    found = []
    with tempfile.TemporaryDirectory(prefix="kit-lint-") as into:
        try:
            catalogue = counterfeits.catalogue(spec)
        except (counterfeits.CounterfeitError, KeyError, ValueError) as exc:
            return [_finding(spec, 0, "counterfeit", str(exc))]
        for fake in catalogue.values():
            try:
                counterfeits.build(fake, Path(into), spec)
            except counterfeits.CounterfeitError as exc:
                found.append(
                    _finding(layout.folder(fake.fixture, spec) / layout.COUNTERFEITS, 0, "counterfeit", str(exc))
                )
    return found


def registry_findings(path: Path = registry.REGISTRY_PATH) -> list[Finding]:
    try:
        registry.parse(path.read_text(encoding="utf-8"))
    except (registry.RegistryError, ValueError) as exc:
        return [_finding(path, 0, "registry", str(exc))]
    return []


def findings(root: Path = ROOT) -> list[Finding]:
    spec = root / "spec"
    return [
        *registry_findings(),
        *layout_findings(spec),
        *sleep_findings(_python_files(root)),
        *raw_page_findings(spec),
        *check_name_findings(spec),
        *counterfeit_findings(spec),
    ]


def main() -> int:
    found = findings()
    for line in found:
        print(line)
    print(f"kit lint: {len(found)} finding(s)", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
