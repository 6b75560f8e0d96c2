"""What one check saw, and what the registry expects of the running Streamlit version."""

from __future__ import annotations

import json

from conformance.registry import Clause, Variant


class Check:
    def __init__(self, clauses: list[Clause], version: str):
        self.clauses = clauses
        self.version = version
        self.observed: dict = {}
        self.variant_seen: str | None = None

    def observe(self, **values) -> None:
        """Record what the check saw; it goes into the results whatever the verdict."""
        if "variant" in values or "variant_expected" in values:
            raise TypeError("record the variant seen with check.saw(name); the registry gives the expected one")
        self.observed.update(json.loads(json.dumps(values, default=_plain)))

    def saw(self, variant_name: str) -> str:
        """Record which behaviour of its clause (a variant name of the first clause) the check saw. A name the
        registry does not know is recorded as it is: new behaviour, which the check's assertion then rejects."""
        self.variant_seen = variant_name
        return variant_name

    def variant_named_by(self, clause_id: str | None = None, **values) -> str | None:
        """The variant whose `expect` holds these values (the expected one first, where several do)."""
        clause = self._clause(clause_id)
        expected = clause.variant_at(self.version)
        matching = [v for v in clause.variants if all(v.expect.get(k) == value for k, value in values.items())]
        if expected in matching:
            return expected.name
        return matching[0].name if matching else None

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
