"""The typed records a check's result travels in: its verdict, the kind of behaviour it saw, the record itself.

One record per check and target, from the plugin through the journal and the raw results to the report and the
upgrade check; `CheckRecord.from_json` also reads the older raw files (variant under `observed`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from enum import Enum


class _Looks:
    """How a report shows a cell in this state (the table _LOOK below)."""

    @property
    def glyph(self) -> str:
        """In the Markdown report."""
        return _LOOK[self][0]

    @property
    def mark(self) -> str:
        """As plain text, for pages without an emoji font (the HTML report)."""
        return _LOOK[self][1]

    @property
    def colour(self) -> str:
        """The background of its cell in the HTML report."""
        return _LOOK[self][2]


class Verdict(_Looks, str, Enum):
    """The harness verdict: did the release do what the registry records for it?"""

    ERROR = "error"  # the harness could not observe
    FAIL = "fail"  # the release did something the registry does not record
    UNEXPECTED_PASS = "unexpected-pass"  # a recorded defect (fails = true) did not show
    SKIPPED = "skipped"  # skipped for another reason than n/a
    KNOWN_BUG = "known-bug"  # failed as a recorded defect says it does (fails = true)
    PASS = "pass"  # the release did what the registry records
    NA = "n/a"  # the clause does not apply to this release: not run

    @property
    def expected(self) -> bool:
        return self in (Verdict.PASS, Verdict.NA, Verdict.KNOWN_BUG)

    @property
    def rank(self) -> int:
        """Worst first: a clause's cell shows the worst verdict among its checks."""
        return list(Verdict).index(self)


class Kind(_Looks, str, Enum):
    """What a behaviour is, measured against the promise (the docs) for that release."""

    CONFORMS = "conforms"  # it is the promise for that release
    CHANGED = "changed"  # an announced change: apps may have to adapt
    DEFECT = "defect"  # it breaks the promise


# Markdown glyph, text glyph, cell colour. A cell shows the kind of what its release did; an unexpected verdict
# (black: the release did something the registry does not record, or the harness could not tell) or n/a shows
# instead.
_LOOK = {
    Kind.CONFORMS: ("✅", "✓", "#cdeccf"),
    Kind.CHANGED: ("🔄", "↻", "#cfe0fb"),
    Kind.DEFECT: ("🐞", "✖", "#e0452b"),
    Verdict.NA: ("·", "·", "#f2f2f4"),
    Verdict.FAIL: ("❌", "✗ fail", "#1b1b1f"),
    Verdict.ERROR: ("⚠️", "! error", "#1b1b1f"),
    Verdict.UNEXPECTED_PASS: ("❗", "?! unexpected pass", "#1b1b1f"),
    Verdict.SKIPPED: ("?", "? skipped", "#1b1b1f"),
    Verdict.KNOWN_BUG: ("🐞", "✖", "#e0452b"),
    Verdict.PASS: ("✅", "✓", "#cdeccf"),
}


class Fidelity(str, Enum):
    """AppTest's verdict on one scenario: does a test written with AppTest see what a real browser shows?"""

    ERROR = "error"  # the scenario itself broke
    DIFFERS = "differs"  # AppTest shows something else than the browser
    AGREES = "agrees"  # AppTest shows what the browser shows
    NOT_EXPRESSIBLE = "not-expressible"  # AppTest cannot drive the app that way (no timers, no concurrent clicks)
    NA = "n/a"  # the clause does not apply to this release: not run

    @property
    def rank(self) -> int:
        """Worst first: a clause differs where any of its scenarios differs."""
        return list(Fidelity).index(self)


INVARIANT_MARK = "~"  # test_x~INV-01: the record of a page-wide invariant judged during the check test_x


def check_name(name: str) -> str:
    """The check a record's name belongs to: `test_x` for its own record and for `test_x~INV-01`."""
    return name.partition(INVARIANT_MARK)[0]


@dataclass(frozen=True)
class CheckId:
    """path::test[own params]@counterfeit: the same for a check in every version's results."""

    path: str
    name: str
    params: str = ""  # the check's own parameters (no browser, target or counterfeit)
    counterfeit: str | None = None

    def __str__(self) -> str:
        return (
            f"{self.path}::{self.name}"
            + (f"[{self.params}]" if self.params else "")
            + (f"@{self.counterfeit}" if self.counterfeit else "")
        )

    @property
    def invariant(self) -> str | None:
        """The invariant clause the record judges (`test_x~INV-01`); None for a check's own record."""
        return self.name.partition(INVARIANT_MARK)[2] or None

    def for_invariant(self, clause_id: str) -> CheckId:
        return replace(self, name=f"{self.name}{INVARIANT_MARK}{clause_id}")

    @classmethod
    def parse(cls, text: str) -> CheckId:
        rest, _, counterfeit = text.partition("@")
        path, _, test = rest.partition("::")
        name, _, params = test.partition("[")
        return cls(path, name, params.removesuffix("]"), counterfeit or None)


@dataclass
class CheckRecord:
    id: str
    clauses: list[str]
    verdict: Verdict | None = None
    variant_seen: str | None = None  # the registry variant the check saw (None: it saw no variant)
    variant_expected: str | None = None  # the registry variant recorded for this release
    observed: dict = field(default_factory=dict)
    message: str | None = None
    duration_s: float = 0.0
    started_at: float | None = None
    ended_at: float | None = None
    ran: str | None = None
    artifacts: dict | None = None
    error_code: int | None = None

    def to_json(self) -> dict:
        data = asdict(self)
        data["verdict"] = self.verdict.value if self.verdict else None
        return {k: v for k, v in data.items() if v is not None or k in ("verdict", "variant_seen")}

    @classmethod
    def from_json(cls, data: dict) -> CheckRecord:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        observed = dict(data.get("observed") or {})
        if "variant_seen" not in data and isinstance(observed.get("variant"), str):  # raw files before the record
            known["variant_seen"] = observed.pop("variant")
        observed.pop("variant_expected", None)
        known["observed"] = observed
        known["verdict"] = Verdict(data["verdict"]) if data.get("verdict") else None
        return cls(**known)


@dataclass
class ScenarioRecord:
    """One AppTest scenario's result in `apptest-<version>.json` (see conformance/apptest/README.md)."""

    clause: str
    verdict: Fidelity
    name: str | None = None  # None for a clause AppTest cannot express at all
    variant_seen: str | None = None
    observed: dict = field(default_factory=dict)
    browser: str | None = None  # what a real browser shows, as the registry states it for this release
    checks: list = field(default_factory=list)  # each expectation: says, held, saw
    message: str | None = None
    note: str | None = None

    def to_json(self) -> dict:
        data = asdict(self)
        data["verdict"] = self.verdict.value
        if self.name is None:  # a clause AppTest cannot express: the reason, nothing run
            return {k: data[k] for k in ("clause", "verdict", "message")}
        if self.verdict is Fidelity.NA:  # not run: nothing seen or judged
            data.pop("checks"), data.pop("variant_seen")
        return {k: v for k, v in data.items() if v is not None or k == "variant_seen"}

    @classmethod
    def from_json(cls, data: dict) -> ScenarioRecord:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        known["verdict"] = Fidelity(data["verdict"])
        return cls(**known)


GLIMPSE_LIMIT = 400


def glimpse(observed: dict) -> str:
    """One line of what an unexpected check saw, so that a CI log says what broke; an invariant's empty
    findings are left out."""
    page = observed.get("page")
    if isinstance(page, dict):
        observed = {**observed, "page": {k: v for k, v in page.items() if isinstance(v, list) and v}}
    text = json.dumps(observed, sort_keys=True, default=str)
    return text if len(text) <= GLIMPSE_LIMIT else text[: GLIMPSE_LIMIT - 3] + "..."
