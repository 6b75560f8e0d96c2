"""What one AppTest scenario saw, what it checked, and the verdict that follows."""

from __future__ import annotations

import json
from typing import Callable

from conformance.registry import Clause

_MISSING = object()


def _plain(value):
    if hasattr(value, "as_dict"):
        return value.as_dict()
    if isinstance(value, (set, frozenset, tuple)):
        return sorted(value) if isinstance(value, (set, frozenset)) else list(value)
    return str(value)


def _shown(value) -> str:
    return "not shown" if value is None else str(value)


class Case:
    """Handed to a scenario: the clause and the variant the registry expects for this Streamlit version."""

    def __init__(self, clause: Clause, version: str, log: Callable[[], str] = lambda: ""):
        self.clause = clause
        self.version = version
        self.variant = clause.variant_at(version)
        self.observed: dict = {}
        self.variant_seen: str | None = None
        self.checks: list[dict] = []
        self.notes: list[str] = []
        self._log = log

    # --- what the registry says -------------------------------------------------------------------

    def expect(self, key: str, default=_MISSING):
        """A value of the expected variant's `expect` table."""
        table = self.variant.expect if self.variant else {}
        if key in table:
            return table[key]
        if default is _MISSING:
            raise LookupError(f"{self.clause.id} has no expect.{key} for Streamlit {self.version}")
        return default

    def variant_named(self, name: str) -> bool:
        return self.variant is not None and self.variant.name == name

    def browser(self) -> str:
        """One line: what a real browser shows, as the registry states it for this version."""
        return self.variant.statement if self.variant and self.variant.statement else self.clause.statement

    # --- what the scenario saw and judged ----------------------------------------------------------

    def observe(self, **values) -> None:
        if "variant" in values:
            raise TypeError("record the variant seen with case.saw(name), as browser checks do with check.saw")
        self.observed.update(json.loads(json.dumps(values, default=_plain)))

    def saw(self, variant_name: str) -> str:
        """Which behaviour (variant name) of the clause AppTest showed."""
        self.variant_seen = variant_name
        return variant_name

    def check(self, held: bool, says: str, saw: str = "") -> bool:
        """Record one thing the browser shows (`says`) and whether AppTest showed it too."""
        self.checks.append({"says": says, "held": bool(held), "saw": saw})
        return bool(held)

    def note(self, text: str) -> None:
        """A caveat for the reader, whatever the verdict (e.g. an agreement reached by another path)."""
        self.notes.append(text)

    def unchanged(self, name: str, before, after, says: str) -> bool:
        return self.check(after[name] == before[name], says, f"{name} {_shown(before[name])} -> {_shown(after[name])}")

    def rose_by(self, name: str, before, after, by: int, says: str) -> bool:
        start, end = before[name], after[name]
        held = isinstance(start, int) and isinstance(end, int) and end - start == by
        return self.check(held, says, f"{name} {_shown(start)} -> {_shown(end)}, browser +{by}")

    def server_log(self) -> str:
        """What Streamlit printed to stderr so far in this scenario (its log lines included)."""
        return self._log()

    def judgement(self) -> tuple[str, str]:
        """("agrees" | "differs" | "error", message)."""
        if not self.checks:
            return "error", "the scenario judged nothing"
        failed = [c for c in self.checks if not c["held"]]
        if not failed:
            return "agrees", ""
        return "differs", "; ".join(f"{c['says']} (AppTest: {c['saw'] or 'not so'})" for c in failed)
