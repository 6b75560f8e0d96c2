"""Does the same Streamlit always get the same verdict? Repeat runs and report every verdict that flips.

    python -m lab.stability [--runs 10] [--versions oldest,1.58,1.59,latest] [--busy-cores 1]
                                    [--workers N] [--out lab/results/stability.json] [-- pytest args, e.g. -k TIMER]

Each run is an ordinary conformance run of the chosen versions (one pytest session, as `nox -s conformance`
makes it). `--busy-cores` keeps that many cores busy with another process meanwhile. A check whose verdict
is not the same in every run is a flip; one that failed in some runs and passed in others is reported as
flaky. Nothing is retried: the verdicts are what each run saw. Exit status 1 when anything flipped.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from conformance import environments, results, versions
from lab.child_runs import ROOT, WORKERS, pytest_command, read_results
from conformance.server import die_with_parent, kill_ends_as_ctrl_c

DEFAULT_VERSIONS = "oldest,1.58,1.59,latest"
_BUSY = "while True: pass"


def flips(runs: list[dict[str, dict[str, dict]]]) -> list[dict]:
    """Every (version, check) whose verdict was not the same in every run that ran it, with what the check
    saw (message, observed values) in each run where it did not pass."""
    seen: dict[tuple[str, str], list[tuple[int, dict]]] = {}
    for number, run in enumerate(runs, start=1):
        for version, checks in run.items():
            for cid, check in checks.items():
                seen.setdefault((version, cid), []).append((number, check))
    found = []
    for (version, cid), outcomes in sorted(seen.items()):
        verdicts = [check["verdict"] for _, check in outcomes]
        if len(set(verdicts)) > 1:
            found.append(
                {
                    "version": version,
                    "check": cid,
                    "verdicts": verdicts,
                    "flaky": "pass" in verdicts and "fail" in verdicts,
                    "not_passed": [
                        {"run": n, "verdict": c["verdict"], "message": c.get("message"), "observed": c.get("observed")}
                        for n, c in outcomes
                        if c["verdict"] not in ("pass", "n/a")
                    ],
                }
            )
    return found


def main(argv: list[str]) -> int:
    ours, _, pytest_args = (
        (argv[: argv.index("--")], None, argv[argv.index("--") + 1 :]) if "--" in argv else (argv, None, [])
    )
    parser = argparse.ArgumentParser(prog="python -m lab.stability", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--versions", default=DEFAULT_VERSIONS)
    parser.add_argument("--busy-cores", type=int, default=1)
    parser.add_argument("--workers", type=int, default=WORKERS)
    parser.add_argument("--out", type=Path, default=ROOT / "lab" / "results" / "stability.json")
    args = parser.parse_args(ours)
    try:
        chosen = versions.pick(args.versions, versions.load())
        pythons = environments.prepare(chosen)
    except (versions.VersionError, environments.InstallError) as exc:
        print(f"kit: error: {exc}", file=sys.stderr)
        return 2
    kill_ends_as_ctrl_c()
    busy = [subprocess.Popen([sys.executable, "-c", _BUSY], preexec_fn=die_with_parent) for _ in range(args.busy_cores)]
    verdicts, walls = [], []
    try:
        with tempfile.TemporaryDirectory(prefix="kit-stability-") as tmp:
            for i in range(args.runs):
                out = Path(tmp) / f"run-{i}"
                started = time.monotonic()
                code = _run(pytest_command(pythons, out, ["-n", str(args.workers), *pytest_args]))
                walls.append(round(time.monotonic() - started, 1))
                found = {v: {c["id"]: c for c in d["checks"]} for v, d in read_results(out).items()}
                verdicts.append(found)
                counts = {v: results.summarize(list(checks.values())) for v, checks in found.items()}
                print(
                    f"stability: run {i + 1}/{args.runs}: exit {code}, {walls[-1]} s, {counts}",
                    file=sys.stderr,
                    flush=True,
                )
    except KeyboardInterrupt:
        print(f"kit: interrupted after {len(walls)} of {args.runs} runs; {args.out} is left as it was", file=sys.stderr)
        return 130
    finally:
        for proc in busy:
            proc.kill()
            proc.wait()
    flipped = flips(verdicts)
    checks = sum(len(c) for c in verdicts[0].values()) if verdicts else 0
    report = {
        "when": results.now(),
        "kit_revision": results.kit_revision(ROOT),
        "cpus": os.cpu_count(),
        "busy_cores": args.busy_cores,
        "workers": args.workers,
        "versions": chosen,
        "pytest_args": pytest_args,
        "runs": args.runs,
        "checks_per_run": checks,
        "wall_s": walls,
        "flips": flipped,
    }
    results.write_atomic(args.out, report)
    print(
        f"{args.runs} runs of {checks} checks on {', '.join(chosen)} with {args.busy_cores} core(s) kept busy: "
        f"{len(flipped)} flip(s)"
    )
    for entry in flipped:
        print(f"  {'flaky' if entry['flaky'] else 'flips'}: {entry['version']} {entry['check']}: {entry['verdicts']}")
        for bad in entry["not_passed"]:
            print(
                f"    run {bad['run']}: {bad['verdict']}: "
                f"{(bad['message'] or '').splitlines()[0] if bad['message'] else ''}"
            )
    return 1 if flipped else 0


def _run(cmd: list[str]) -> int:
    """One conformance run; interrupted, it is stopped as Ctrl-C stops it (its servers and browsers with it)."""
    child = subprocess.Popen(
        cmd,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        preexec_fn=die_with_parent,
    )
    try:
        return child.wait()
    except KeyboardInterrupt:
        child.terminate()
        try:
            child.wait(timeout=60)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        raise


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
