"""What one check saw, and what the registry expects of the running Streamlit version."""

from __future__ import annotations

import json

from conformance.registry import Clause, Variant


class Check:
    def __init__(self, clauses: list[Clause], version: str):
        self.clauses = clauses
        self.version = version
        self.observed: dict = {}

    def observe(self, **values) -> None:
        """Record what the check saw; it goes into the results whatever the verdict."""
        self.observed.update(json.loads(json.dumps(values, default=_plain)))

    def variant(self, clause_id: str | None = None) -> Variant:
        """The variant of the clause that the registry expects for this Streamlit version."""
        clause = self._clause(clause_id)
        variant = clause.variant_at(self.version)
        if variant is None:
            raise LookupError(f"{clause.id} has no variant for Streamlit {self.version}")
        return variant

    def expect(self, key: str, clause_id: str | None = None):
        return self.variant(clause_id).expect[key]

    def _clause(self, clause_id: str | None) -> Clause:
        if clause_id is None:
            return self.clauses[0]
        for clause in self.clauses:
            if clause.id == clause_id:
                return clause
        raise LookupError(f"this check does not name clause {clause_id}")


def _plain(value):
    if hasattr(value, "as_dict"):
        return value.as_dict()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    return str(value)
