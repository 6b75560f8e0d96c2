"""Bisect a behaviour change: the first build, oldest first, whose observation of one check (its verdict and the
behaviour it saw) differs from what the GOOD build showed.

The search is the logic only: `observe(build)` judges one build (installing it as needed) and raises
BuildMissing for one that cannot be installed. Every observation is kept in a journal, so an interrupted bisect
resumes where it stopped; each build is judged `repeats` times, and a build judged differently stops the
bisect as flaky, never a guess.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable


class BuildMissing(RuntimeError):
    """The build could not be installed (not on the index any more, or broken)."""


@dataclass(frozen=True)
class Observation:
    verdict: str
    variant: str | None = None

    def describe(self) -> str:
        return self.verdict + (f" ({self.variant})" if self.variant else "")


@dataclass
class Outcome:
    result: str  # "found", "no-change", "flaky", "untestable"
    last_good: str | None = None
    first_bad: str | None = None
    good_saw: Observation | None = None
    bad_saw: Observation | None = None
    flaky: str | None = None  # the build judged differently
    judged: list[str] = field(default_factory=list)  # builds judged, in the order they were
    missing: list[str] = field(default_factory=list)


class Journal:
    """What a bisect has seen so far, kept in a JSON file after every judgement."""

    def __init__(self, path: Path | None, key: dict):
        self.path = path
        self.key = key
        self.seen: dict[str, list[Observation]] = {}
        self.missing: dict[str, str] = {}
        if path is not None and path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("key") == key:
                self.seen = {b: [Observation(**o) for o in obs] for b, obs in data.get("seen", {}).items()}
                self.missing = dict(data.get("missing", {}))

    def add(self, build: str, observation: Observation) -> None:
        self.seen.setdefault(build, []).append(observation)
        self._save()

    def mark_missing(self, build: str, why: str) -> None:
        self.missing[build] = why
        self._save()

    def _save(self) -> None:
        if self.path is None:
            return
        data = {
            "key": self.key,
            "seen": {b: [asdict(o) for o in obs] for b, obs in self.seen.items()},
            "missing": self.missing,
        }
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        tmp.replace(self.path)


class _Flaky(Exception):
    def __init__(self, build: str):
        self.build = build


def bisect(
    builds: list[str],
    observe: Callable[[str], Observation],
    journal: Journal | None = None,
    repeats: int = 2,
    log: Callable[[str], None] = lambda line: None,
) -> Outcome:
    """`builds` runs from GOOD (first) to BAD (last), oldest first."""
    if len(builds) < 2:
        raise ValueError("a bisect needs a GOOD and a BAD build")
    journal = journal or Journal(None, {})
    outcome = Outcome("found")

    def judge(build: str) -> Observation | None:
        if build in journal.missing:
            return None
        seen = journal.seen.get(build, [])
        while len(seen) < repeats:
            try:
                journal.add(build, observe(build))
            except BuildMissing as exc:
                journal.mark_missing(build, str(exc))
                outcome.missing.append(build)
                log(f"bisect: {build}: could not be installed ({exc}); trying its neighbours")
                return None
            seen = journal.seen[build]
        if build not in outcome.judged:
            outcome.judged.append(build)
        if any(o != seen[0] for o in seen):
            raise _Flaky(build)
        log(f"bisect: {build}: {seen[0].describe()}")
        return seen[0]

    try:
        good, bad = judge(builds[0]), judge(builds[-1])
        if good is None or bad is None:
            return _untestable(outcome, builds[0], builds[-1], good, bad)
        outcome.good_saw = good
        if bad == good:
            outcome.result, outcome.last_good, outcome.first_bad, outcome.bad_saw = "no-change", builds[-1], None, bad
            return outcome
        lo, hi, bad_saw = 0, len(builds) - 1, bad
        while hi - lo > 1:
            seen = None
            for mid in _from_the_middle(lo, hi):
                seen = judge(builds[mid])
                if seen is not None:
                    break
            if seen is None:  # nothing between them can be installed: the change is somewhere in there
                return _untestable(outcome, builds[lo], builds[hi], good, bad_saw)
            log(f"bisect: {hi - lo - 1} builds left between {builds[lo]} and {builds[hi]}")
            if seen == good:
                lo = mid
            else:
                hi, bad_saw = mid, seen
        outcome.last_good, outcome.first_bad, outcome.bad_saw = builds[lo], builds[hi], bad_saw
        return outcome
    except _Flaky as flaky:
        outcome.result, outcome.flaky = "flaky", flaky.build
        return outcome


def _from_the_middle(lo: int, hi: int) -> list[int]:
    """The indices strictly between lo and hi, the middle first, then alternately its neighbours."""
    mid = (lo + hi) // 2
    order = [mid]
    for step in range(1, hi - lo):
        order += [i for i in (mid + step, mid - step) if lo < i < hi]
    return order


def _untestable(outcome: Outcome, last_good: str, first_bad: str, good, bad) -> Outcome:
    outcome.result, outcome.last_good, outcome.first_bad = "untestable", last_good, first_bad
    outcome.good_saw, outcome.bad_saw = good, bad
    return outcome


# --- Bisecting real builds: `python -m conformance.bisect CHECK_OR_CLAUSE GOOD BAD` (or `nox -s bisect -- ...`).


def spec_checks(wanted: str) -> list[str]:
    """The node ids of the checks a name stands for: one check (`test_x`), or every check of a clause; for
    `test_x~INV-04`, that check (judged on its invariant record)."""
    import ast

    from conformance import layout

    wanted = wanted.split("~")[0]
    found = []
    for path in sorted(layout.SPEC.rglob("test_*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.FunctionDef) or not node.name.startswith("test_"):
                continue
            clauses = [
                arg.value
                for dec in node.decorator_list
                if isinstance(dec, ast.Call) and getattr(dec.func, "attr", "") == "clause"
                for arg in dec.args
                if isinstance(arg, ast.Constant)
            ]
            if wanted == node.name or wanted in clauses:
                found.append(f"{path.relative_to(layout.ROOT)}::{node.name}")
    return found


def observe_build(
    build: str, checks: list[str], workdir: Path, invariant: str | None = None, judge_as: str | None = None
) -> Observation:
    """Install `build` (or reuse its environment), run the checks on it, and say what they saw: their own
    verdicts, or with `invariant` (INV-04) the verdicts of that invariant over them. With `judge_as`, every
    build is judged as that release (GOOD's), so that observations differ only where behaviour does."""
    import subprocess
    import sys

    from conformance import environments, layout

    try:
        python, _ = environments.prepare_one(build)
    except environments.InstallError as exc:
        raise BuildMissing(str(exc).splitlines()[0]) from None
    out = workdir / build
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.json"):
        old.unlink()
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--kit-python={python}"]
        + ([f"--kit-judge-as={judge_as}"] if judge_as else [])
        + [f"--kit-results={out}", *checks],
        cwd=layout.ROOT,
        capture_output=True,
        text=True,
    )
    found = sorted(out.glob("streamlit-*.json"))
    if not found:
        raise RuntimeError(f"{build}: the checks wrote no results")
    suffix = f"~{invariant}" if invariant else None
    records = [
        c
        for c in json.loads(found[0].read_text(encoding="utf-8"))["checks"]
        if (c["id"].endswith(suffix) if suffix else "~" not in c["id"])
    ]
    if not records:
        raise RuntimeError(f"{build}: the checks recorded no {invariant or 'verdict'}")
    verdicts = sorted({c["verdict"] for c in records})
    variants = sorted({c.get("variant_seen") or "" for c in records} - {""})
    return Observation("+".join(verdicts), "+".join(variants) or None)


def builds_between(good: str, bad: str, published: list[str]) -> list[str]:
    """GOOD, the nightlies built after it up to BAD, and BAD: releases stand at the day they were published."""
    from conformance import nightlies

    def day(build: str):
        return nightlies.day_of(build) if nightlies.is_nightly(build) else nightlies.release_day(build)

    first, last = day(good), day(bad)
    if first >= last:
        raise nightlies.NightlyError(f"{good} is not older than {bad}")
    inside = [v for v in nightlies.ordered(published) if first < nightlies.day_of(v) < last and v not in (good, bad)]
    return [good, *inside, bad]


def main(argv: list[str]) -> int:
    import argparse
    import sys
    import time

    from conformance import exit_codes, layout, nightlies

    parser = argparse.ArgumentParser(prog="bisect", description="the first nightly whose observation differs")
    parser.add_argument("check", help="a check (test_x), a clause (SCOPE-01) or a check's invariant (test_x~INV-04)")
    parser.add_argument("good", help="a release or a nightly that behaves as before")
    parser.add_argument("bad", help="a later release or nightly that behaves differently")
    parser.add_argument("--repeats", type=int, default=2, help="times each build is judged (default 2)")
    parser.add_argument("--work", type=Path, help="where the journal and results go (default .kit/bisect/...)")
    args = parser.parse_args(argv)
    checks = spec_checks(args.check)
    if not checks:
        print(f"kit: error: no check or clause named {args.check!r} in the spec", file=sys.stderr)
        return exit_codes.BAD_BUILD
    try:
        builds = builds_between(args.good, args.bad, nightlies.published())
    except nightlies.NightlyError as exc:
        print(f"kit: error: {exc}", file=sys.stderr)
        return exit_codes.BAD_BUILD
    invariant = args.check.split("~")[1] if "~" in args.check else None
    judge_as = nightlies.release_of(args.good) if nightlies.is_nightly(args.good) else args.good
    work = args.work or layout.ROOT / ".kit" / "bisect" / f"{args.check}-{args.good}-{args.bad}"
    work.mkdir(parents=True, exist_ok=True)
    key = {"checks": checks, "good": args.good, "bad": args.bad, "repeats": args.repeats}
    journal = Journal(work / "journal.json", key)
    started = time.monotonic()
    print(f"bisect: {len(checks)} check(s), {len(builds) - 2} nightlies between {args.good} and {args.bad}", flush=True)
    outcome = bisect(
        builds,
        lambda build: observe_build(build, checks, work, invariant, judge_as),
        journal,
        args.repeats,
        log=lambda line: print(line, flush=True),
    )
    print(render(outcome), flush=True)
    print(f"bisect took {time.monotonic() - started:.0f} s", flush=True)
    return 0 if outcome.result in ("found", "no-change") else 1


def render(outcome: Outcome) -> str:
    from conformance import nightlies

    def when(build: str | None) -> str:
        return f" ({nightlies.day_of(build).isoformat()})" if build and nightlies.is_nightly(build) else ""

    lines = [f"result: {outcome.result}; {len(outcome.judged)} builds judged"]
    if outcome.result == "flaky":
        lines.append(f"flaky: {outcome.flaky} was judged differently on two runs; nothing concluded")
        return "\n".join(lines)
    if outcome.good_saw:
        lines.append(f"last like GOOD: {outcome.last_good}{when(outcome.last_good)}: {outcome.good_saw.describe()}")
    if outcome.first_bad and outcome.bad_saw:
        lines.append(f"first like BAD: {outcome.first_bad}{when(outcome.first_bad)}: {outcome.bad_saw.describe()}")
        if nightlies.is_nightly(outcome.last_good or "") and nightlies.is_nightly(outcome.first_bad):
            lines.append(f"commits: {nightlies.commits_link(outcome.last_good, outcome.first_bad)}")
    if outcome.missing:
        lines.append(f"could not be installed: {', '.join(outcome.missing)}")
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
