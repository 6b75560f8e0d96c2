"""Raw results: one JSON file per Streamlit version, written atomically."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import tempfile
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

from conformance.records import Verdict

SCHEMA = "streamlit-fragment-conformance/raw/1"
VERDICTS = tuple(v.value for v in Verdict)


def package_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def kit_revision(root: Path) -> str:
    try:
        rev = subprocess.run(
            ["git", "rev-parse", "--short=12", "HEAD"], cwd=root, capture_output=True, text=True, timeout=10
        ).stdout.strip()
        # the results and reports a run writes are its output, not a change to the kit
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)reports"],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    if not rev:
        return "unknown"
    return rev + ("+dirty" if dirty else "")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def run_info(target, browser: str | None, args: list[str], revision: str) -> dict:
    """What ran: the Streamlit target (version, its Python, how it was built) and the harness around it
    (`revision`: the kit's, as it was when the run began)."""
    return {
        "streamlit": target.version,
        "target": target.id,
        "build": target.build or None,
        "judged_as": target.judged_as or None,
        "python": target.python_version or platform.python_version(),
        "playwright": package_version("playwright"),
        "pytest": package_version("pytest"),
        "browser": browser,
        "platform": platform.platform(),
        "kit_revision": revision,
        "args": args,
        "executable": target.python,
    }


def write_text_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; published files are for everyone
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: dict) -> None:
    write_text_atomic(path, json.dumps(data, indent=2) + "\n")


def summarize(checks: list[dict]) -> dict:
    counts = {v: 0 for v in VERDICTS}
    for check in checks:
        counts[check["verdict"]] = counts.get(check["verdict"], 0) + 1
    return {k: v for k, v in counts.items() if v}


def path_for(results_dir: Path, column: str) -> Path:
    """Where the raw results of one column (a version, or a version and build tag) live."""
    return Path(results_dir) / f"streamlit-{column}.json"


def column_of(run: dict) -> str | None:
    """The report column of a run: its target id (older files have only the version)."""
    return run.get("target") or run.get("streamlit")


MAX_RUNS_KEPT = 20


def merge(path: Path, run: dict, checks: list[dict], missing: set[str] = frozenset()) -> dict:
    """The raw results of `path` updated with one run: its checks replace the same checks of earlier runs,
    and checks it did not run (a narrowed run, `-k` or a path) keep their earlier results.

    `missing` are the checks the run was to run but did not finish (it was interrupted); they stay listed
    under `missing` until a later run reports them (`--kit-resume` runs just those)."""
    for check in checks:
        check["ran"] = run["started"]
    earlier: dict = {}
    try:
        earlier = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        pass
    if earlier.get("schema") != SCHEMA or column_of(earlier.get("run", {})) != column_of(run):
        earlier = {}
    fresh = {c["id"] for c in checks}
    kept = [c for c in earlier.get("checks", []) if c["id"] not in fresh]
    merged = sorted(checks + kept, key=lambda c: c["id"])
    still_missing = (set(earlier.get("missing", [])) | set(missing)) - fresh
    runs = [run] + [r for r in earlier.get("runs", []) if r.get("started") != run["started"]]
    return {
        "schema": SCHEMA,
        "run": run,
        "runs": runs[:MAX_RUNS_KEPT],
        "summary": summarize(merged),
        "missing": sorted(still_missing),
        "checks": merged,
    }


def missing_checks(results_dir: Path, version: str) -> set[str]:
    """Checks an interrupted earlier run of `version` did not finish."""
    try:
        data = json.loads(path_for(results_dir, version).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return set()
    return set(data.get("missing", []))


class Journal:
    """Every check of a run, appended as it finishes, so that a run killed outright still leaves what it
    found: the next run folds an abandoned journal into the raw results, as an incomplete run."""

    def __init__(self, results_dir: Path, run_id: str):
        self.path = Path(results_dir) / ".journal" / f"{run_id}.jsonl"
        self._out = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._out = open(self.path, "a", encoding="utf-8")
        except OSError:
            pass  # no journal (a full disk): the results are still written at the end, if they can be

    def write(self, **entry) -> None:
        if self._out is None:
            return
        try:
            self._out.write(json.dumps(entry) + "\n")
            self._out.flush()
        except OSError:
            self._out = None

    def close(self) -> None:
        """The run's results are written: the journal is no longer needed."""
        if self._out is not None:
            try:
                self._out.close()
            except OSError:
                pass
        self.path.unlink(missing_ok=True)
        try:
            self.path.parent.rmdir()  # only when no other run's journal is there
        except OSError:
            pass


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def fold_abandoned_journals(results_dir: Path) -> list[Path]:
    """Fold the journals of runs whose process is gone into the raw results, marked incomplete."""
    written = []
    for journal in sorted((Path(results_dir) / ".journal").glob("*.jsonl")):
        pid = int(journal.stem.rsplit("-", 1)[-1]) if journal.stem.rsplit("-", 1)[-1].isdigit() else 0
        if pid and _pid_alive(pid):
            continue
        runs, collected, checks = {}, {}, {}
        for line in journal.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue  # the line the kill cut short
            if entry["kind"] == "run":
                runs[entry["target"]] = entry["run"]
            elif entry["kind"] == "collected":
                collected[entry["target"]] = set(entry["checks"])
            elif entry["kind"] == "check":
                checks.setdefault(entry["target"], []).append(entry["record"])
        for target, run in runs.items():
            found = checks.get(target, [])
            if not found:
                continue
            run = {**run, "complete": False, "interrupted": "killed", "checks_run": len(found)}
            path = path_for(results_dir, column_of(run))
            missing = collected.get(target, set()) - {c["id"] for c in found}
            write_atomic(path, merge(path, run, found, missing))
            written.append(path)
        journal.unlink()
    return written
