"""What one page load of a fixture app costs, every process counted: the floor under every check.

    python -m lab.navigation_cost [--versions latest|all|1.33,1.67 | --python PATH] [--loads 20]
                                          [--repeat 3] [--checks N] [--out lab/results/navigation-cost.json]

Each check opens its fixture app afresh (a new Streamlit session), so no check costs less than one load.
This loads scoped_rerun --loads times in one page, as the harness does (the same browser, the same dispatch
server, waiting for the first run to finish), and adds up the CPU time every process spent meanwhile: the
browser's renderer and other processes, Playwright's driver, the server, this process. It prints each
version's median over --repeat rounds, and what the loads alone of the published matrix's checks of those
versions (or of --checks checks) take on this machine's cores at full use.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from conformance import browser, environments, layout, results, targets, versions
from lab.benchmark import process_kind, process_tree
from conformance.live_app import LiveApp
from conformance.plugin.keys import DEFAULT_VIEWPORT
from conformance.server import ServerPool, app_url

ROOT = Path(__file__).resolve().parent.parent
APP = layout.app_path("scoped_rerun")


def _ticks_by_kind() -> dict[str, int]:
    found: dict[str, int] = {}
    for pid, (_, ticks) in process_tree(os.getpid()).items():
        kind = "harness (this process)" if pid == os.getpid() else process_kind(pid)
        found[kind] = found.get(kind, 0) + ticks
    return found


def _load(live: LiveApp) -> None:
    if live.open().timed_out:
        raise SystemExit(f"error: {APP.name} did not finish its first run")


def measure(python: str, loads: int, repeat: int) -> tuple[list[dict], str]:
    """CPU-s per load by process kind, one dict per round; and the browser's name."""
    rounds = []
    with tempfile.TemporaryDirectory(prefix="kit-navigation-") as tmp, sync_playwright() as pw:
        servers = ServerPool(Path(tmp), [APP.parent])
        try:
            url = app_url(servers.get(APP, python=python), APP)
            args = browser.launch_args({"headless": True}, browser.find_chromium(pw.chromium.executable_path))
            chromium = pw.chromium.launch(**args)
            live = LiveApp(chromium.new_context(viewport=DEFAULT_VIEWPORT).new_page(), url)
            _load(live)  # warm: the first load fills the browser's cache
            for _ in range(repeat):
                before = _ticks_by_kind()
                for _ in range(loads):
                    _load(live)
                after = _ticks_by_kind()
                per_load = {
                    kind: (after[kind] - before.get(kind, 0)) / os.sysconf("SC_CLK_TCK") / loads for kind in after
                }
                rounds.append({k: round(v, 4) for k, v in sorted(per_load.items(), key=lambda kv: -kv[1])})
            chromium.close()
        finally:
            servers.stop_all()
    return rounds, browser.name(args)


def _published_checks() -> dict[str, int]:
    """Version -> checks the published matrix ran there (not n/a)."""
    try:
        data = json.loads((ROOT / "reports" / "compatibility.json").read_text())
    except (OSError, json.JSONDecodeError):
        return {}
    ran: dict[str, set] = {}  # a check of several clauses is listed under each of them
    for by_version in data.get("cells", {}).values():
        for version, cell in by_version.items():
            ran.setdefault(version, set()).update(c["id"] for c in cell.get("checks", []) if c.get("verdict") != "n/a")
    return {version: len(ids) for version, ids in ran.items()}


def _targets(args) -> list[tuple[str, str]]:
    """(version, python) to measure; raises ValueError with the one-line reason."""
    if args.python:
        try:
            return [(targets.probe(args.python).version, args.python)]
        except targets.TargetError as exc:
            raise ValueError(str(exc)) from None
    try:
        chosen = versions.pick(args.versions, versions.load())
    except versions.VersionError as exc:
        raise ValueError(str(exc)) from None
    pythons = environments.prepare(chosen, log=lambda line: None)
    return [(version, str(python)) for version, python in zip(chosen, pythons)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m lab.navigation_cost", description=__doc__.splitlines()[0])
    parser.add_argument("--versions", default="latest", help="all, oldest, latest, or a list: 1.33,1.67")
    parser.add_argument("--python", help="serve with this interpreter's Streamlit instead of --versions")
    parser.add_argument("--loads", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--checks",
        type=int,
        help="price this many checks at the median load (default: the "
        "published matrix's checks of each version measured)",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "lab" / "results" / "navigation-cost.json")
    args = parser.parse_args(argv)
    if args.loads < 1 or args.repeat < 1:
        print("error: --loads and --repeat must be at least 1", file=sys.stderr)
        return 2
    try:
        chosen = _targets(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    published, cpus = _published_checks(), os.cpu_count() or 1
    report = {
        "when": results.now(),
        "kit_revision": results.kit_revision(ROOT),
        "cpus": cpus,
        "loads": args.loads,
        "repeat": args.repeat,
        "versions": {},
    }
    for version, python in chosen:
        print(
            f"navigation-cost: Streamlit {version}, {args.repeat} rounds of {args.loads} loads ...",
            file=sys.stderr,
            flush=True,
        )
        rounds, report["browser"] = measure(python, args.loads, args.repeat)
        totals = [round(sum(r.values()), 3) for r in rounds]
        per_load = statistics.median(totals)
        middle = min(range(len(rounds)), key=lambda i: abs(totals[i] - per_load))
        report["versions"][version] = {
            "rounds": rounds,
            "cpu_s_per_load": totals,
            "median_cpu_s_per_load": per_load,
            "checks": published.get(version),
        }
        print(
            f"one load of {APP.name} on Streamlit {version}: {per_load} CPU-s, median of {args.repeat} rounds of "
            f"{args.loads} ({', '.join(map(str, totals))})"
        )
        print("  by process kind (median round): " + ", ".join(f"{k} {v}" for k, v in rounds[middle].items()))
    measured = report["versions"].values()
    if args.checks:
        report["checks"] = args.checks
        report["floor_cpu_s"] = args.checks * statistics.median(m["median_cpu_s_per_load"] for m in measured)
    elif all(m["checks"] for m in measured):
        report["checks"] = sum(m["checks"] for m in measured)
        report["floor_cpu_s"] = sum(m["checks"] * m["median_cpu_s_per_load"] for m in measured)
    if "floor_cpu_s" in report:
        report["floor_cpu_min"] = round(report["floor_cpu_s"] / 60, 1)
        report["floor_wall_min"] = round(report["floor_cpu_s"] / cpus / 60, 1)
        report["floor_cpu_s"] = round(report["floor_cpu_s"], 1)
        print(
            f"  {report['checks']} checks, one load each: {report['floor_cpu_min']} CPU-min, "
            f"{report['floor_wall_min']} min on {cpus} cores at full use, before any check acts"
        )
    results.write_atomic(args.out, report)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
