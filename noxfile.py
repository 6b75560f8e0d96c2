"""Sessions of the conformance kit.

    nox -s conformance                     every Streamlit minor release with fragments (latest patch of each)
    nox -t 1.45 1.67                       some of them, by minor (each version is tagged with its minor)
    nox -t oldest latest                   the first and the newest
    nox -s conformance-at -- 1.37.0        any released version, matrix or not (`-- VERSION [pytest args]`)
    nox -s tests                           the kit's own tests
    nox -s tests-at -- 1.58                the kit's own tests against another Streamlit
    nox -s report                          rebuild reports/compatibility.{json,md,html} from reports/raw
    nox -s upgrade -- 1.45 1.67            what changes between two versions (results already on disk)
    nox -s versions                        refresh the matrix from the package index

Arguments after `--` go to pytest, e.g. `nox -t latest -- -k SCOPE`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from conformance import versions  # noqa: E402  (needs ROOT on the path)

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["conformance"]

MATRIX = versions.load()
HARNESS = ["-r", str(ROOT / "requirements-harness.txt")]


def _tags(version: str) -> list[str]:
    tags = [versions.minor(version)]
    if version == MATRIX[0]:
        tags.append("oldest")
    if version == MATRIX[-1]:
        tags.append("latest")
    return tags


def _version_from_posargs(session: nox.Session, usage: str) -> str:
    """The Streamlit version named first after `--`; a one-line error for a missing or bad one."""
    if not session.posargs:
        session.error(f"name a version: {usage}")
    try:
        return versions.resolve(session.posargs[0], MATRIX)
    except versions.VersionError as exc:
        session.error(str(exc))


def _conformance(session: nox.Session, streamlit: str, pytest_args: list[str]) -> None:
    session.install(f"streamlit=={streamlit}", *HARNESS)
    # No path given: pytest runs testpaths (conformance/). --kit-publish rebuilds reports/compatibility.* after.
    session.run("python", "-m", "pytest", "-n", "2", "--kit-publish", *pytest_args)


@nox.session
@nox.parametrize("streamlit", [nox.param(v, id=versions.minor(v), tags=_tags(v)) for v in MATRIX])
def conformance(session: nox.Session, streamlit: str) -> None:
    """The conformance suite on one Streamlit release of the matrix."""
    _conformance(session, streamlit, session.posargs)


@nox.session(name="conformance-at")
def conformance_at(session: nox.Session) -> None:
    """The conformance suite on any released Streamlit: nox -s conformance-at -- 1.37.0 [pytest args]."""
    streamlit = _version_from_posargs(session, "nox -s conformance-at -- 1.37.0 [pytest args]")
    _conformance(session, streamlit, session.posargs[1:])


def _tests(session: nox.Session, streamlit: str, pytest_args: list[str]) -> None:
    session.install(f"streamlit=={streamlit}", *HARNESS)
    session.run("python", "-m", "pytest", "tests", "-n", "2", *pytest_args)


@nox.session
def tests(session: nox.Session) -> None:
    """The kit's own tests, against the newest Streamlit of the matrix."""
    _tests(session, MATRIX[-1], session.posargs)


@nox.session(name="tests-at")
def tests_at(session: nox.Session) -> None:
    """The kit's own tests against another Streamlit: nox -s tests-at -- 1.58 [pytest args]."""
    streamlit = _version_from_posargs(session, "nox -s tests-at -- 1.58 [pytest args]")
    _tests(session, streamlit, session.posargs[1:])


@nox.session(venv_backend="none")
def report(session: nox.Session) -> None:
    """Rebuild reports/compatibility.{json,md,html} from every raw result in reports/raw."""
    session.run(sys.executable, "-m", "conformance.publish", *session.posargs)


@nox.session(venv_backend="none")
def upgrade(session: nox.Session) -> None:
    """What changes from one version to another: nox -s upgrade -- 1.45 1.67 (non-zero when something breaks)."""
    session.run(sys.executable, "-m", "conformance.upgrade", *session.posargs)


@nox.session(name="versions", venv_backend="none")
def refresh_versions(session: nox.Session) -> None:
    """Refresh conformance/versions.toml from the package index."""
    session.run(sys.executable, "-m", "conformance.versions", "--refresh")
