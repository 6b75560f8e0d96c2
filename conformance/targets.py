"""The Streamlit builds a run checks: each is a Python interpreter with Streamlit installed.

Only the servers import Streamlit; the harness (pytest, Playwright) runs in its own interpreter. So one
pytest session can check several Streamlit versions side by side: every check is collected once per
target, and the checks of all targets share the workers, browsers and waits.

Without `--kit-python`, the target is the interpreter running pytest (plain `pytest` against the Streamlit
you have installed).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from conformance import environments, nightlies

# Streamlit's nightlies install as the distribution `streamlit-nightly`, with the same `streamlit` package.
_PROBE = (
    "import json, sys; from importlib import metadata as m\n"
    "def v(name):\n"
    "    try:\n"
    "        return m.version(name)\n"
    "    except m.PackageNotFoundError:\n"
    "        return None\n"
    "print(json.dumps({'version': v('streamlit') or v('streamlit-nightly'), 'python': sys.version.split()[0]}))"
)


class TargetError(RuntimeError):
    pass


@dataclass(frozen=True)
class Target:
    version: str  # Streamlit's version as installed
    python: str  # the interpreter that has it
    python_version: str = ""
    build: str = ""  # how it was installed, when it is not simply that release from the package index
    judged_as: str = ""  # for a nightly, the release it leads to, whose registry entries judge it

    @property
    def judged_version(self) -> str:
        """The version the registry judges this build as."""
        return self.judged_as or self.version

    @property
    def id(self) -> str:
        """The report column: the version, and for a build that is not simply that release a tag of what
        was installed, so that a wheel or a checkout never takes the place of the release's column."""
        if not self.build:
            return self.version
        return f"{self.version}+{hashlib.sha256(self.build.encode()).hexdigest()[:8]}"

    def as_json(self) -> dict:
        return asdict(self)


def probe(python: str, build: str = "") -> Target:
    """The Streamlit installed for `python`; a one-line error when there is none."""
    if not Path(python).exists():
        raise TargetError(f"no Python interpreter at {python}")
    try:
        done = subprocess.run([python, "-c", _PROBE], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise TargetError(f"{python}: could not run it ({exc})") from None
    if done.returncode != 0:
        raise TargetError(f"{python}: Streamlit is not installed there")
    found = json.loads(done.stdout.strip().splitlines()[-1])
    if found["version"] is None:
        raise TargetError(f"{python}: Streamlit is not installed there")
    # absolute, not resolved: a venv's python is a symlink whose target would lose the venv; servers start elsewhere
    return Target(
        found["version"], os.path.abspath(python), found["python"], build, _judged_as(python, found["version"])
    )


def _judged_as(python: str, version: str) -> str:
    """For a nightly, the release it leads to: as noted beside its environment when the kit installed it, else
    the release its version names."""
    if not nightlies.is_nightly(version):
        return ""
    noted = Path(python).parent.parent / environments.JUDGED_AS
    return noted.read_text().strip() if noted.exists() else nightlies.release_of(version)


def parse_spec(value: str) -> tuple[str, str]:
    """`PYTHON` or `PYTHON=BUILD` (BUILD says what was installed, e.g. a wheel file or a git URL)."""
    python, _, build = value.partition("=")
    return python, build


def current() -> Target | None:
    try:
        from importlib import metadata

        version = metadata.version("streamlit")
    except Exception:
        return None
    return Target(version, sys.executable, sys.version.split()[0])


def from_json(items: list[dict]) -> list[Target]:
    return [Target(**item) for item in items]


def unique_ids(targets: list[Target]) -> list[Target]:
    seen = set()
    for target in targets:
        if target.id in seen:
            raise TargetError(f"Streamlit {target.id} is named twice; give each build its own version")
        seen.add(target.id)
    return targets
