"""How long the conformance takes, against the slow reference mode, in one run.

    python -m lab.benchmark [--versions all|oldest,latest|1.45,1.67] [--reference oldest,latest]
                                    [--repeat 3] [--matrix-repeat 1] [--workers N] [--results DIR]
                                    [--matrix-from DIR] [--out lab/results/benchmark.json]

Fast mode: what `nox -s conformance` does for the chosen versions (environments made from a warm uv cache
into a fresh folder, then one pytest session over every version with N workers). Reference mode: the naive
design, on the reference versions only: one pytest per version, one check at a time, a fresh browser
context and a fresh server for every fixture app. The fast mode is also run on the reference versions
alone, so that the ratio compares like with like, and the verdicts of both modes are compared.

Printed and written to --out: per-version wall time (in the matrix run: from the first check of a version
starting to its last one ending), whole-matrix wall time, mean cost per check (wall and busy CPU time of the
machine), peak memory (the summed resident size of every process of the run), each the median of its runs
(--matrix-repeat for the whole matrix, --repeat for the reference versions), and the same figures of the
reference mode with the ratios. --results keeps the raw results of the last matrix run in DIR (e.g.
reports/raw, to publish them).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

from conformance import environments, results, versions
from conformance.records import CheckId
from lab.child_runs import WORKERS, pytest_command, read_results, read_verdicts

ROOT = Path(__file__).resolve().parent.parent


def _busy_cpu_s() -> float:
    fields = [int(v) for v in open("/proc/stat").readline().split()[1:]]
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def process_kind(pid: int) -> str:
    """What a process of the run is, for the CPU split: its command line, coarsely."""
    try:
        argv = open(f"/proc/{pid}/cmdline", "rb").read().split(b"\0")
    except OSError:
        return "other"
    line = b" ".join(argv)
    if argv[0].endswith(b"/node"):
        return "playwright driver"  # checked first: it lives under the venv's python3.11/site-packages
    if b"chrom" in argv[0].lower():
        return "browser renderer" if b"--type=renderer" in line else "browser other"
    if b"dispatch/serve.py" in line or (b"streamlit" in line and b" run " in line):
        return "streamlit server"
    if b"python" in argv[0]:
        return "pytest"  # the run itself and its xdist workers (execnet starts them with `python -c`)
    return "other"


def process_tree(root_pid: int) -> dict[int, tuple[int, int]]:
    """(resident bytes, CPU ticks so far) of `root_pid` and each of its descendants."""
    children: dict[int, list[int]] = {}
    stats: dict[int, tuple[int, int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)
        stats[pid] = (int(fields[21]) * os.sysconf("SC_PAGE_SIZE"), int(fields[11]) + int(fields[12]))
    found, todo = {}, [root_pid]
    while todo:
        pid = todo.pop()
        if pid in stats:
            found[pid] = stats[pid]
        todo += children.get(pid, [])
    return found


def measured(cmd: list[str], log: Path) -> dict:
    """Run `cmd`; its wall time, the machine's busy CPU time meanwhile, the peak memory of its processes and
    their CPU time by kind (browser, servers, pytest; sampled, so a process's last half second is missed)."""
    cpu0, t0 = _busy_cpu_s(), time.monotonic()
    with open(log, "w") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        peak = [0]
        last: dict[int, list] = {}  # pid -> [kind, CPU ticks last seen]

        def sample():
            while proc.poll() is None:
                tree = process_tree(proc.pid)
                peak[0] = max(peak[0], sum(rss for rss, _ in tree.values()))
                for pid, (_, ticks) in tree.items():
                    kind = process_kind(pid)  # read again: a fork shows its parent's command line until it execs
                    if kind == "other" and pid in last:
                        kind = last[pid][0]  # it ended between the two reads
                    last[pid] = [kind, ticks]
                time.sleep(0.5)  # sleep: the memory sampling period, not a wait in a check

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        code = proc.wait()
        sampler.join()
    by_kind: dict[str, float] = {}
    for kind, ticks in last.values():
        by_kind[kind] = by_kind.get(kind, 0) + ticks / os.sysconf("SC_CLK_TCK")
    return {
        "exit": code,
        "wall_s": round(time.monotonic() - t0, 1),
        "cpu_s": round(_busy_cpu_s() - cpu0, 1),
        "peak_rss_mb": round(peak[0] / 2**20),
        "cpu_by_kind_s": {k: round(v, 1) for k, v in sorted(by_kind.items(), key=lambda kv: -kv[1])},
    }


def _ran(data: dict) -> list[dict]:
    """The checks a raw results file's last run ran (checks kept from older runs, and the invariant records
    `<check>~INV-..` that come with each check, are left out)."""
    began = datetime.fromisoformat(data["run"]["started"]).timestamp() - 1 if data["run"].get("started") else 0
    return [
        c
        for c in data["checks"]
        if c["verdict"] != "n/a" and c.get("started_at", -1) >= began and not CheckId.parse(c["id"]).invariant
    ]


def _spans(out_dir: Path) -> dict[str, dict]:
    """Per version: how long from its first check starting to its last one ending, and its checks run."""
    spans = {}
    for data in read_results(out_dir).values():
        ran = _ran(data)
        if ran:
            spans[data["run"].get("target") or data["run"]["streamlit"]] = {
                "wall_s": round(max(c["ended_at"] for c in ran) - min(c["started_at"] for c in ran), 1),
                "checks_run": len(ran),
                "checks": len(data["checks"]),
            }
    return spans


def fast_run(builds: list[str], workers: int, work: Path, tag: str, results_dir: Path | None = None) -> dict:
    envs = work / f"envs-{tag}"
    t0 = time.monotonic()
    pythons = environments.prepare(builds, root=envs, log=lambda line: None)
    prepare_s = round(time.monotonic() - t0, 1)
    out = results_dir or work / f"fast-{tag}"
    run = measured(pytest_command(pythons, out, ["-n", str(workers)]), work / f"fast-{tag}.log")
    shutil.rmtree(envs, ignore_errors=True)  # about 110 MB each
    spans = _spans(out)
    checks_run = sum(s["checks_run"] for s in spans.values())
    run.update(
        prepare_s=prepare_s,
        total_s=round(prepare_s + run["wall_s"], 1),
        versions=spans,
        checks_run=checks_run,
        verdicts=read_verdicts(out),
    )
    run["wall_per_check_s"] = round(run["wall_s"] / max(1, checks_run), 2)
    run["cpu_per_check_s"] = round(run["cpu_s"] / max(1, checks_run), 2)
    return run


def matrix_from_results(results_dir: Path) -> dict:
    """The figures an earlier matrix run left in its raw results: from its first check starting to its last ending."""
    ran = [c for data in read_results(results_dir).values() for c in _ran(data)]
    if not ran:
        raise SystemExit(f"error: no timed checks in {results_dir}")
    wall = round(max(c["ended_at"] for c in ran) - min(c["started_at"] for c in ran), 1)
    return {
        "wall_s": wall,
        "total_s": wall,
        "versions": _spans(results_dir),
        "checks_run": len(ran),
        "wall_per_check_s": round(wall / len(ran), 2),
        "verdicts": read_verdicts(results_dir),
    }


def reference_run(builds: list[str], work: Path, tag: str) -> dict:
    pythons = environments.prepare(builds, log=lambda line: None)
    per_version, verdicts, peak = {}, {}, 0
    for build, python in zip(builds, pythons):
        out = work / f"slow-{tag}-{build}"
        run = measured(
            pytest_command([python], out, ["-n", "0", "--kit-fresh-context", "--kit-server-per-app"]),
            work / f"slow-{tag}-{build}.log",
        )
        spans = _spans(out)
        verdicts.update(read_verdicts(out))
        version = next(iter(spans), build)
        per_version[version] = {**run, "checks_run": spans.get(version, {}).get("checks_run", 0)}
        peak = max(peak, run["peak_rss_mb"])
    checks_run = sum(v["checks_run"] for v in per_version.values())
    wall = round(sum(v["wall_s"] for v in per_version.values()), 1)
    cpu = round(sum(v["cpu_s"] for v in per_version.values()), 1)
    return {
        "versions": per_version,
        "wall_s": wall,
        "cpu_s": cpu,
        "peak_rss_mb": peak,
        "checks_run": checks_run,
        "wall_per_check_s": round(wall / max(1, checks_run), 2),
        "cpu_per_check_s": round(cpu / max(1, checks_run), 2),
        "verdicts": verdicts,
    }


def _median(runs: list[dict], key: str):
    values = [r[key] for r in runs if isinstance(r.get(key), (int, float))]
    return round(statistics.median(values), 2) if values else None


def summarize(runs: list[dict]) -> dict:
    keys = [
        "total_s",
        "prepare_s",
        "wall_s",
        "cpu_s",
        "peak_rss_mb",
        "wall_per_check_s",
        "cpu_per_check_s",
        "checks_run",
    ]
    summary = {k: _median(runs, k) for k in keys if any(k in r for r in runs)}
    versions_seen = sorted({v for r in runs for v in r["versions"]}, key=versions.sort_key)
    kinds = sorted({k for r in runs for k in r.get("cpu_by_kind_s", {})})
    if kinds:
        summary["cpu_by_kind_s"] = {
            k: _median([r["cpu_by_kind_s"] for r in runs if k in r.get("cpu_by_kind_s", {})], k) for k in kinds
        }
    summary["versions"] = {
        v: _median([r["versions"][v] for r in runs if v in r["versions"]], "wall_s") for v in versions_seen
    }
    return summary


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m lab.benchmark", description=__doc__.splitlines()[0])
    parser.add_argument("--versions", default="all")
    parser.add_argument("--reference", default="oldest,latest")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--matrix-repeat", type=int, default=1)
    parser.add_argument("--results", type=Path)
    parser.add_argument(
        "--matrix-from",
        type=Path,
        metavar="DIR",
        help="with --matrix-repeat 0: take the matrix figures from the raw results of an earlier "
        "`nox -s conformance` run (wall time and per-version spans; no CPU or memory figures)",
    )
    parser.add_argument("--workers", type=int, default=WORKERS)
    parser.add_argument("--out", type=Path, default=ROOT / "lab" / "results" / "benchmark.json")
    args = parser.parse_args(argv)
    matrix = versions.load()
    try:
        chosen, reference = versions.pick(args.versions, matrix), versions.pick(args.reference, matrix)
    except versions.VersionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    report = {
        "when": results.now(),
        "kit_revision": results.kit_revision(ROOT),
        "cpus": os.cpu_count(),
        "workers": args.workers,
        "repeat": args.repeat,
        "matrix_repeat": args.matrix_repeat,
        "matrix": chosen,
        "reference_versions": reference,
        "runs": {"matrix": [], "reference_fast": [], "reference_slow": []},
    }
    with tempfile.TemporaryDirectory(prefix="kit-benchmark-") as tmp:
        work = Path(tmp)
        plan = [
            (
                "matrix",
                i,
                lambda i=i: fast_run(
                    chosen, args.workers, work, f"m{i}", args.results if i == args.matrix_repeat - 1 else None
                ),
            )
            for i in range(args.matrix_repeat)
        ]
        if args.matrix_from and not args.matrix_repeat:
            report["runs"]["matrix"].append(matrix_from_results(args.matrix_from))
            report["matrix_from"] = str(args.matrix_from)
        for i in range(args.repeat):
            plan += [
                ("reference_fast", i, lambda i=i: fast_run(reference, args.workers, work, f"r{i}")),
                ("reference_slow", i, lambda i=i: reference_run(reference, work, f"s{i}")),
            ]
        for name, i, call in plan:
            total = args.matrix_repeat if name == "matrix" else args.repeat
            print(f"benchmark: {name} run {i + 1}/{total} ...", file=sys.stderr, flush=True)
            run = call()
            report["runs"][name].append(run)
            print(
                f"benchmark:   {run['wall_s']} s, {run['cpu_s']} CPU-s, {run['checks_run']} checks",
                file=sys.stderr,
                flush=True,
            )
    report["summary"] = {name: summarize(runs) for name, runs in report["runs"].items()}
    fast, slow = report["summary"]["reference_fast"], report["summary"]["reference_slow"]
    report["summary"]["ratio_slow_to_fast"] = {
        k: round(slow[k] / fast[k], 2) for k in ("wall_s", "cpu_s", "wall_per_check_s") if fast.get(k) and slow.get(k)
    }
    report["verdicts_differ"] = _verdict_differences(report["runs"])
    for runs in report["runs"].values():
        for run in runs:
            run.pop("verdicts", None)
    results.write_atomic(args.out, report)
    print(render(report))
    return 0 if not report["verdicts_differ"] else 1


def _verdict_differences(runs: dict) -> list[str]:
    """Checks whose verdict was not the same in every run of every mode, for a version they all ran."""
    seen: dict[tuple[str, str], set[str]] = {}
    for mode_runs in runs.values():
        for run in mode_runs:
            for version, checks in run.get("verdicts", {}).items():
                for cid, verdict in checks.items():
                    seen.setdefault((version, cid), set()).add(verdict)
    return sorted(f"{v} {cid}: {sorted(vs)}" for (v, cid), vs in seen.items() if len(vs) > 1)


def render(report: dict) -> str:
    s = report["summary"]
    m, fast, slow = s["matrix"], s["reference_fast"], s["reference_slow"]
    lines = [
        f"Benchmark ({report['cpus']} CPUs, {report['workers']} workers; matrix: median of {report['matrix_repeat']} "
        f"run(s), reference versions: median of {report['repeat']})"
    ]
    if report["runs"]["matrix"]:
        lines += [
            f"  whole matrix ({len(report['matrix'])} versions, {m['checks_run']} checks run): {m['total_s']} s "
            f"(environments {m.get('prepare_s')} s + checks {m['wall_s']} s); {m['wall_per_check_s']} s and "
            f"{m.get('cpu_per_check_s')} CPU-s per check; peak memory {m.get('peak_rss_mb')} MB"
            + (f" (from the results in {report['matrix_from']})" if report.get("matrix_from") else ""),
            "  per version in the matrix run (first check start to last check end):",
        ]
        lines += [f"    {v}: {w} s" for v, w in m["versions"].items()]
    else:
        lines.append("  whole matrix: not run (--matrix-repeat 0)")
    lines += [
        f"  reference versions {', '.join(report['reference_versions'])}:",
        f"    fast: {fast['wall_s']} s, {fast['wall_per_check_s']} s/check, {fast['cpu_per_check_s']} CPU-s/check, "
        f"peak {fast['peak_rss_mb']} MB",
        f"    slow reference mode: {slow['wall_s']} s, {slow['wall_per_check_s']} s/check, "
        f"{slow['cpu_per_check_s']} CPU-s/check, peak {slow['peak_rss_mb']} MB",
        f"    fast, CPU-s by process kind (sampled): {fast.get('cpu_by_kind_s')}",
        f"    ratio slow/fast: {s['ratio_slow_to_fast']}",
        f"  verdicts that differed between runs or modes: {len(report['verdicts_differ'])}",
    ]
    lines += [f"    {line}" for line in report["verdicts_differ"]]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
