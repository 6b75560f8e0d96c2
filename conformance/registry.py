"""The clause registry (clauses.toml): loading, validation and version ranges."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from packaging.version import InvalidVersion, Version

from conformance.records import Kind

REGISTRY_PATH = Path(__file__).with_name("clauses.toml")
KNOWN_FLAGS = {"undocumented", "nondeterministic", "docs-divergence", "internal", "invariant"}


class RegistryError(ValueError):
    pass


def release(version: str) -> tuple[int, int, int]:
    """The x.y.z of a version, so that a dev or rc build of 1.49 counts as 1.49."""
    try:
        parts = Version(version).release
    except InvalidVersion as exc:
        raise RegistryError(f"not a version: {version!r}") from exc
    return (tuple(parts) + (0, 0, 0))[:3]


@dataclass(frozen=True)
class Span:
    since: str
    until: str | None = None

    def contains(self, version: str) -> bool:
        v = release(version)
        return release(self.since) <= v and (self.until is None or v < release(self.until))

    def describe(self) -> str:
        return f"{self.since} to before {self.until}" if self.until else f"{self.since} and later"


@dataclass(frozen=True)
class Variant:
    name: str
    span: Span
    statement: str
    expect: dict = field(default_factory=dict)
    kind: Kind = Kind.CONFORMS
    source: str = ""  # the link that makes it what it is: docs, release note, upstream issue
    evidence: str = ""  # what the kit observed, for a defect it found itself
    fails: bool = False  # a defect the checks cannot tell apart: they are expected to fail on it
    test: str | tuple[str, ...] | None = None  # with fails: only this check (or these checks) of the clause fail
    # with fails: the defect shows in some runs only (timing), so a pass is expected too; true, or the checks so
    intermittent: bool | tuple[str, ...] = False

    def fails_in(self, check: str) -> bool:
        """Whether this behaviour makes the check (a test function's name) fail."""
        named = (self.test,) if isinstance(self.test, str) else self.test
        return self.fails and (named is None or check in named)

    def intermittent_in(self, check: str) -> bool:
        """Whether the check, which this behaviour makes fail, may pass on it too (the defect depends on timing)."""
        if isinstance(self.intermittent, tuple):
            return check in self.intermittent
        return self.intermittent and self.fails_in(check)

    @property
    def found_by_kit(self) -> bool:
        return self.kind is Kind.DEFECT and not self.source


@dataclass(frozen=True)
class Area:
    id: str  # the prefix of its clause ids, e.g. "SCOPE"
    folder: str  # its folder of the spec, in words: spec/<folder>/<behaviour>/
    title: str


@dataclass(frozen=True)
class Clause:
    id: str
    area: str
    statement: str
    span: Span
    docs: str
    evidence: str = ""
    flags: tuple[str, ...] = ()
    variants: tuple[Variant, ...] = ()
    allows: tuple[str, ...] = ()  # invariants (INV-..) its checks are expected to break, e.g. by showing an error

    @property
    def invariant(self) -> bool:
        """Judged by the harness during every check (page-wide), not by checks of its own."""
        return "invariant" in self.flags

    def applies(self, version: str) -> bool:
        return self.span.contains(version)

    def variant_at(self, version: str) -> Variant | None:
        for variant in self.variants:
            if variant.span.contains(version):
                return variant
        return None

    @property
    def undocumented(self) -> bool:
        return "undocumented" in self.flags

    def variant(self, name: str, version: str | None = None) -> Variant:
        """The variant of that name (where a behaviour comes back, the one holding on `version`, if given)."""
        named = [v for v in self.variants if v.name == name]
        if not named:
            raise RegistryError(f"{self.id} has no variant {name!r}")
        return next((v for v in named if version and v.span.contains(version)), named[0])


def _span(entry: dict, where: str) -> Span:
    if "since" not in entry:
        raise RegistryError(f"{where}: missing 'since'")
    span = Span(entry["since"], entry.get("until"))
    if span.until and release(span.until) <= release(span.since):
        raise RegistryError(f"{where}: 'until' {span.until} is not after 'since' {span.since}")
    return span


def _variant(v: dict, where: str) -> Variant:
    where = f"{where} variant {v.get('name')}"
    try:
        kind = Kind(v.get("kind", ""))
    except ValueError:
        raise RegistryError(f"{where}: 'kind' must be one of {', '.join(k.value for k in Kind)}") from None
    source, evidence = v.get("source", ""), v.get("evidence", "")
    if source and not source.startswith("https://"):
        raise RegistryError(f"{where}: 'source' must be a link")
    if not (source or evidence):
        raise RegistryError(f"{where}: a {kind.value} variant needs its 'source' (a link) or the kit's 'evidence'")
    if kind is Kind.CHANGED and not source:
        raise RegistryError(f"{where}: a changed variant needs the 'source' that announces the change")
    if v.get("fails") and kind is not Kind.DEFECT:
        raise RegistryError(f"{where}: only a defect can be expected to fail its checks")
    if v.get("intermittent") and not v.get("fails"):
        raise RegistryError(f"{where}: 'intermittent' says how a defect fails its checks: it needs 'fails'")
    return Variant(
        v["name"],
        _span(v, where),
        v.get("statement", ""),
        v.get("expect", {}),
        kind,
        source,
        evidence,
        bool(v.get("fails", False)),
        tuple(v["test"]) if isinstance(v.get("test"), list) else v.get("test"),
        tuple(v["intermittent"]) if isinstance(v.get("intermittent"), list) else bool(v.get("intermittent", False)),
    )


def _variants(entry: dict, clause_span: Span, where: str) -> tuple[Variant, ...]:
    variants = tuple(_variant(v, where) for v in entry.get("variant", []))
    for name in {v.name for v in variants}:
        # a behaviour may come back (conforms, a defect, conforms again): the same name, the same behaviour
        same = {(v.kind, v.statement, repr(v.expect)) for v in variants if v.name == name}
        if len(same) > 1:
            raise RegistryError(f"{where}: variants named {name!r} describe different behaviours")
    ordered = sorted(variants, key=lambda v: release(v.span.since))
    for before, after in zip(ordered, ordered[1:]):
        if before.span.until is None or release(before.span.until) != release(after.span.since):
            raise RegistryError(f"{where}: variants {before.name} and {after.name} leave a gap or overlap")
    if ordered and (ordered[0].span.since != clause_span.since or ordered[-1].span.until != clause_span.until):
        raise RegistryError(f"{where}: variants must cover exactly the clause's own range")
    return tuple(ordered)


def parse_areas(data: dict) -> dict[str, Area]:
    areas: dict[str, Area] = {}
    for entry in data.get("area", []):
        where = f"area {entry.get('id', '?')}"
        if not all(entry.get(key) for key in ("id", "folder", "title")):
            raise RegistryError(f"{where}: needs 'id', 'folder' and 'title'")
        if not re.fullmatch(r"[a-z][a-z_]*", entry["folder"]):
            raise RegistryError(f"{where}: 'folder' is words in lower case joined by _, got {entry['folder']!r}")
        if entry["id"] in areas or entry["folder"] in {a.folder for a in areas.values()}:
            raise RegistryError(f"{where}: its id or folder is taken")
        areas[entry["id"]] = Area(entry["id"], entry["folder"], entry["title"])
    return areas


def parse(text: str) -> dict[str, Clause]:
    data = tomllib.loads(text)
    areas = parse_areas(data)
    clauses: dict[str, Clause] = {}
    for entry in data.get("clause", []):
        cid = entry.get("id", "?")
        where = f"clause {cid}"
        for key in ("id", "area", "statement", "docs"):
            if not entry.get(key):
                raise RegistryError(f"{where}: missing '{key}'")
        if cid in clauses:
            raise RegistryError(f"{where}: duplicate id")
        if not cid.startswith(entry["area"] + "-"):
            raise RegistryError(f"{where}: id does not start with its area {entry['area']!r}")
        if areas and entry["area"] not in areas:
            raise RegistryError(f"{where}: area {entry['area']!r} is not in the area table")
        flags = tuple(entry.get("flags", ()))
        unknown = set(flags) - KNOWN_FLAGS
        if unknown:
            raise RegistryError(f"{where}: unknown flags {sorted(unknown)}")
        span = _span(entry, where)
        clauses[cid] = Clause(
            id=cid,
            area=entry["area"],
            statement=entry["statement"],
            span=span,
            docs=entry["docs"],
            evidence=entry.get("evidence", ""),
            flags=flags,
            variants=_variants(entry, span, where),
            allows=tuple(entry.get("allows", ())),
        )
    for clause in clauses.values():
        wrong = [cid for cid in clause.allows if cid not in clauses or not clauses[cid].invariant]
        if wrong:
            raise RegistryError(f"clause {clause.id}: 'allows' names no invariant clause: {wrong}")
    return clauses


_cache: dict[str, Clause] | None = None


def areas() -> dict[str, Area]:
    """The registry's area table: what each area is called and where its behaviours live in the spec."""
    return parse_areas(tomllib.loads(REGISTRY_PATH.read_text(encoding="utf-8")))


def load() -> dict[str, Clause]:
    global _cache
    if _cache is None:
        _cache = parse(REGISTRY_PATH.read_text(encoding="utf-8"))
    return _cache
