"""Known upstream bugs (expectations.toml): a check expected to fail on some versions, with its issue link.

A matching check runs as a strict xfail: failing is the expected verdict `known-bug`; passing is reported
as `unexpected-pass`, which fails the run so that the entry gets reviewed.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from conformance.registry import RegistryError, Span

EXPECTATIONS_PATH = Path(__file__).with_name("expectations.toml")


class ExpectationError(ValueError):
    pass


@dataclass(frozen=True)
class KnownBug:
    clause: str
    span: Span
    issue: str
    test: str | None = None  # a test function name; None means every check of the clause
    note: str = ""

    def matches(self, test_name: str, clause_ids: list[str], version: str) -> bool:
        if self.clause not in clause_ids or not self.span.contains(version):
            return False
        return self.test is None or self.test == test_name


def parse(text: str) -> list[KnownBug]:
    bugs = []
    for entry in tomllib.loads(text).get("known_bug", []):
        missing = [k for k in ("clause", "since", "issue") if not entry.get(k)]
        if missing:
            raise ExpectationError(f"{EXPECTATIONS_PATH.name}: a known_bug entry lacks {', '.join(missing)}")
        if not entry["issue"].startswith("https://"):
            raise ExpectationError(f"{EXPECTATIONS_PATH.name}: {entry['clause']}: issue must be a link")
        try:
            span = Span(entry["since"], entry.get("until"))
            span.contains(entry["since"])
        except RegistryError as exc:
            raise ExpectationError(f"{EXPECTATIONS_PATH.name}: {exc}") from None
        bugs.append(KnownBug(entry["clause"], span, entry["issue"], entry.get("test"), entry.get("note", "")))
    return bugs


def load(path: Path = EXPECTATIONS_PATH) -> list[KnownBug]:
    return parse(path.read_text(encoding="utf-8")) if path.exists() else []


def match(bugs: list[KnownBug], item, clause_ids: list[str], version: str) -> KnownBug | None:
    name = getattr(item, "originalname", None) or item.name
    return next((bug for bug in bugs if bug.matches(name, clause_ids, version)), None)
