"""AppTest fidelity: run every clause that AppTest can express through `streamlit.testing.v1.AppTest` and
write, per scenario, whether AppTest shows what a real browser shows.

    python -m conformance.apptest_fidelity --out PATH [-k SUBSTRING]

Run it with the Python of the Streamlit build under test, from the kit root (or as a script path: it puts
the kit root on sys.path itself). It needs the standard library, Streamlit and `packaging` (a Streamlit
dependency) only. Exit status: 0 when the file was written and no scenario errored, 1 when one did, 2 when
the run could not start.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
import traceback
from contextlib import contextmanager
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

KIT_ROOT = Path(__file__).resolve().parent.parent
if str(KIT_ROOT) not in sys.path:
    sys.path.insert(0, str(KIT_ROOT))

from conformance import registry  # noqa: E402  (after the sys.path line above)
from conformance.records import Fidelity, ScenarioRecord  # noqa: E402

SCHEMA = "streamlit-fragment-conformance/apptest/1"
LOG_TAIL_LINES = 12


def streamlit_version() -> str:
    try:
        return metadata.version("streamlit")
    except metadata.PackageNotFoundError:
        import streamlit

        return streamlit.__version__


class _CapturedLog:
    def __init__(self, fd: int):
        self._fd = fd

    def text(self) -> str:
        sys.stderr.flush()
        size = os.fstat(self._fd).st_size
        return os.pread(self._fd, size, 0).decode("utf-8", "replace")


@contextmanager
def captured_stderr():
    """Everything written to file descriptor 2 meanwhile (Streamlit's loggers hold their own handle on it)."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as sink:
        os.dup2(sink.fileno(), 2)
        try:
            yield _CapturedLog(sink.fileno())
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)


def _one_line(text: str, limit: int = 600) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 3] + "..."


def run_scenario(scenario, clause: registry.Clause, version: str) -> ScenarioRecord:
    from conformance.apptest.case import Case

    if not clause.applies(version):
        return ScenarioRecord(
            clause.id,
            Fidelity.NA,
            scenario.name,
            browser=clause.statement,
            message=f"{clause.id} holds for {clause.span.describe()}",
        )
    with captured_stderr() as log:
        case = Case(clause, version, log.text)
        try:
            scenario.run(case)
        except Exception as exc:  # a scenario that breaks is recorded, never the end of the run
            verdict, message = Fidelity.ERROR, f"{type(exc).__name__}: {exc}"
            case.observe(
                error=type(exc).__name__,
                error_message=str(exc),
                traceback=traceback.format_exc(limit=-4).splitlines()[-8:],
            )
        else:
            judged, message = case.judgement()
            verdict = Fidelity(judged)
        if verdict is Fidelity.ERROR:
            case.observe(log_tail=log.text().splitlines()[-LOG_TAIL_LINES:])
    return ScenarioRecord(
        clause.id,
        verdict,
        scenario.name,
        variant_seen=case.variant_seen,
        observed=case.observed,
        browser=_one_line(case.browser()),
        checks=case.checks,
        message=_one_line(message) if message else None,
        note=_one_line(" ".join(case.notes)) if case.notes else None,
    )


def not_expressible(clause: registry.Clause, reason: str, version: str) -> ScenarioRecord:
    if not clause.applies(version):
        return ScenarioRecord(clause.id, Fidelity.NA, message=f"{clause.id} holds for {clause.span.describe()}")
    return ScenarioRecord(clause.id, Fidelity.NOT_EXPRESSIBLE, message=reason)


def write_json_atomic(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=2, sort_keys=False)
            out.write("\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _selected(name: str, clause_id: str, pattern: str | None) -> bool:
    return pattern is None or pattern.lower() in f"{clause_id} {name}".lower()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m conformance.apptest_fidelity", description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True, type=Path, help="the JSON file to write")
    parser.add_argument("-k", dest="pattern", help="only scenarios whose clause id or name contains this")
    args = parser.parse_args(argv)

    clauses = registry.load()
    from conformance.apptest import NOT_EXPRESSIBLE, load_all

    scenarios = load_all()
    unknown = sorted(({s.clause for s in scenarios} | set(NOT_EXPRESSIBLE)) - set(clauses))
    if unknown:
        print(f"apptest-fidelity: unknown clause ids {unknown}", file=sys.stderr)
        return 2
    version = streamlit_version()
    order = {cid: i for i, cid in enumerate(clauses)}
    todo = sorted((s for s in scenarios if _selected(s.name, s.clause, args.pattern)), key=lambda s: order[s.clause])
    started = datetime.now(timezone.utc)

    results = []
    for i, scenario in enumerate(todo, 1):
        t0 = time.monotonic()
        result = run_scenario(scenario, clauses[scenario.clause], version)
        results.append(result)
        note = f": {result.message[:160]}" if result.verdict in (Fidelity.DIFFERS, Fidelity.ERROR) else ""
        print(
            f"apptest-fidelity [{i}/{len(todo)}] {scenario.clause} {scenario.name}: {result.verdict.value} "
            f"({time.monotonic() - t0:.1f} s){note}",
            file=sys.stderr,
            flush=True,
        )
    for cid, reason in NOT_EXPRESSIBLE.items():
        if _selected("", cid, args.pattern):
            results.append(not_expressible(clauses[cid], reason, version))
    results.sort(key=lambda r: order[r.clause])

    summary: dict[str, int] = {}
    for result in results:
        summary[result.verdict.value] = summary.get(result.verdict.value, 0) + 1
    write_json_atomic(
        args.out,
        {
            "schema": SCHEMA,
            "streamlit": version,
            "python": platform.python_version(),
            "generated": started.isoformat(timespec="seconds"),
            "duration_s": round((datetime.now(timezone.utc) - started).total_seconds(), 1),
            "filter": args.pattern,
            "summary": summary,
            "scenarios": [r.to_json() for r in results],
        },
    )
    print(
        f"apptest-fidelity: Streamlit {version}: "
        + ", ".join(f"{n} {v}" for v, n in sorted(summary.items()))
        + f"; written to {args.out}",
        file=sys.stderr,
    )
    return 1 if summary.get("error") else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
