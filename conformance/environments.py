"""One Python environment per Streamlit build under test, holding just that Streamlit.

The harness (pytest, Playwright) runs in its own environment; these only serve the fixture apps. They are
made with uv, several at a time (the work is mostly linking files from uv's cache), kept in .kit/envs and
reused while their build is the same.

    python -m conformance.environments 1.45 1.67.0 ./streamlit-1.68.0.dev3-py3-none-any.whl
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from conformance import nightlies, versions

ROOT = Path(__file__).resolve().parent.parent
ENVS = ROOT / ".kit" / "envs"
JUDGED_AS = "kit-judged-as"  # a nightly environment's file naming the release it is judged as
JOBS = 4
_STAMP = ".kit-build"


class InstallError(RuntimeError):
    pass


# How uv and pip say that the index has no such release.
_NOT_ON_THE_INDEX = ("there is no version of", "No matching distribution found")


# Releases that pin NumPy below 2 get the newest pyarrow, which imports only with NumPy 2 (charts and dataframes
# then fail with ImportError): the last pyarrow that works with NumPy 1 is added for them.
NUMPY_1_RELEASES = ("1.33", "1.34", "1.35")
PYARROW_FOR_NUMPY_1 = "pyarrow<22"


def requirement(spec: str) -> str:
    """What to install for a build named on the command line: a release (1.45.1), a nightly (1.66.2.dev20261026,
    from the streamlit-nightly package) or any pip requirement."""
    if nightlies.is_nightly(spec):
        return f"{nightlies.PACKAGE}=={spec}"
    return f"streamlit=={spec}" if versions.is_release(spec) else spec


def extras(spec: str) -> list[str]:
    """What a build needs besides itself to draw every element."""
    return [PYARROW_FOR_NUMPY_1] if versions.is_release(spec) and versions.minor(spec) in NUMPY_1_RELEASES else []


def _is_local(spec: str) -> bool:
    return spec.startswith((".", "/", "~")) or spec.startswith("-e ") or Path(spec).exists()


def env_dir(spec: str, root: Path = ENVS) -> Path:
    if versions.is_release(spec):
        return root / f"streamlit-{spec}"
    return root / f"build-{hashlib.sha256(spec.encode()).hexdigest()[:12]}"


def python_of(env: Path) -> Path:
    return env / "bin" / "python"


def _run(cmd: list[str], what: str) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        said = " ".join((done.stderr.strip() or done.stdout.strip() or "(no output)").split())  # uv wraps lines
        said = said.replace("× ", "").replace("╰─▶ ", "")
        raise InstallError(f"{what}: {said[-400:]}")


def prepare_one(spec: str, root: Path = ENVS, python: str = sys.executable) -> tuple[Path, str]:
    """The environment's Python for `spec`, made or refreshed as needed; and what was done."""
    env = env_dir(spec, root)
    stamp = env / _STAMP
    wanted = requirement(spec)
    stamped = " ".join([wanted, *extras(spec)])
    local = _is_local(spec)
    if python_of(env).exists() and stamp.exists() and stamp.read_text() == stamped and not local:
        _note_judged_as(spec, env)
        return python_of(env), "reused"
    uv = shutil.which("uv")
    fresh = not python_of(env).exists()
    if fresh:
        if uv:
            _run([uv, "venv", "-q", "-p", python, str(env)], f"{spec}: could not make an environment")
        else:
            _run([python, "-m", "venv", str(env)], f"{spec}: could not make an environment")
    install = (["-e", wanted[3:].strip()] if wanted.startswith("-e ") else [wanted]) + extras(spec)
    if uv:
        cmd = [uv, "pip", "install", "-q", "--python", str(python_of(env)), *install]
    else:
        cmd = [str(python_of(env)), "-m", "pip", "install", "-q", *install]
    try:
        _run(cmd, f"could not install {wanted}")
    except InstallError as exc:
        if fresh:
            shutil.rmtree(env, ignore_errors=True)  # leave no half-made environment behind
        if any(said in str(exc) for said in _NOT_ON_THE_INDEX):
            raise InstallError(f"could not install {wanted}: no version of {wanted} on the package index") from None
        raise
    stamp.write_text(stamped)
    _note_judged_as(spec, env)
    return python_of(env), "installed"


def _note_judged_as(spec: str, env: Path) -> None:
    """For a nightly, the release it leads to, kept beside its environment (read from the package index here,
    where the install needs it anyway, so that judging it needs no network: targets.probe reads it)."""
    if nightlies.is_nightly(spec) and not (env / JUDGED_AS).exists():
        (env / JUDGED_AS).write_text(nightlies.judged_as(spec))


def prepare(specs: list[str], root: Path = ENVS, jobs: int = JOBS, log=None) -> list[Path]:
    """Environments for every spec, `jobs` at a time, in the order given. Raises on the first that fails."""
    log = log or (lambda line: print(line, file=sys.stderr, flush=True))
    root.mkdir(parents=True, exist_ok=True)

    def one(spec: str) -> Path:
        started = time.monotonic()
        path, how = prepare_one(spec, root)
        log(f"kit: Streamlit {spec}: environment {how} ({time.monotonic() - started:.1f} s)")
        return path

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(one, specs))


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python -m conformance.environments VERSION|SPEC ...", file=sys.stderr)
        return 2
    try:
        specs = [versions.resolve_build(a) for a in argv]
        for path in prepare(specs, jobs=int(os.environ.get("KIT_ENV_JOBS", JOBS))):
            print(path)
    except (versions.VersionError, InstallError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
