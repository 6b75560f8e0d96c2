"""The releases the kit covers: every Streamlit release that has fragments (1.33.0 on, patches included), and
the default matrix among them, the latest patch of each minor release.

python -m conformance.versions            print the default matrix
python -m conformance.versions --every    print every release
python -m conformance.versions --refresh  ask the package index again and rewrite versions.toml
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from datetime import date
from pathlib import Path

VERSIONS_PATH = Path(__file__).with_name("versions.toml")
FIRST_WITH_FRAGMENTS = (1, 33)
_RELEASE = re.compile(r"^\d+\.\d+\.\d+$")
_SPEC = re.compile(r"^(\d+)\.(\d+)(?:\.(\d+))?$")
# A version on the package index, pre-releases included: 1.45.1, 1.68.0rc1, 1.68.0.dev20261101
_INDEX_VERSION = re.compile(r"^(\d+)\.(\d+)\.\d+(?:(?:a|b|rc)\d+)?(?:\.post\d+)?(?:\.dev\d+)?$")
# Anything else pip can install: a wheel or sdist file, a checkout, a VCS or file URL, a requirement
_PACKAGE_SPEC = re.compile(r"^(?:-e )?(?:[./~]|git\+|https?://|file:|streamlit\b)")


class VersionError(ValueError):
    pass


def load(path: Path = VERSIONS_PATH) -> list[str]:
    """The default matrix: the latest patch of each minor release."""
    return list(tomllib.loads(path.read_text(encoding="utf-8"))["matrix"])


def load_every(path: Path = VERSIONS_PATH) -> list[str]:
    """Every release with fragments, patches included, oldest first."""
    return list(tomllib.loads(path.read_text(encoding="utf-8"))["every"])


def minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


def sort_key(version: str):
    from packaging.version import InvalidVersion, Version

    try:
        return (0, Version(version))
    except InvalidVersion:
        return (1, version)


def latest_patches(released: list[str]) -> list[str]:
    """The newest x.y.z of each minor from 1.33 on, oldest minor first (pre-releases ignored)."""
    best: dict[tuple[int, int], tuple[int, int, int]] = {}
    for text in released:
        if not _RELEASE.match(text):
            continue
        v = tuple(int(p) for p in text.split("."))
        if v[:2] >= FIRST_WITH_FRAGMENTS and v > best.get(v[:2], (-1, -1, -1)):
            best[v[:2]] = v
    return [".".join(map(str, best[k])) for k in sorted(best)]


def every_release(released: list[str]) -> list[str]:
    """Every x.y.z from 1.33.0 on, oldest first (pre-releases ignored)."""
    kept = [v for v in released if _RELEASE.match(v) and tuple(map(int, v.split(".")))[:2] >= FIRST_WITH_FRAGMENTS]
    return sorted(set(kept), key=lambda v: tuple(map(int, v.split("."))))


def released_versions() -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "pip", "index", "versions", "streamlit"], capture_output=True, text=True, timeout=120
    )
    for line in done.stdout.splitlines():
        if line.startswith("Available versions:"):
            return [v.strip() for v in line.split(":", 1)[1].split(",")]
    raise VersionError(f"could not read Streamlit's releases from the package index: {done.stderr.strip()[-300:]}")


def resolve(spec: str, matrix: list[str] | None = None) -> str:
    """A version named on the command line: `1.45` means the matrix's 1.45.x, `1.37.0` is taken as it is."""
    m = _SPEC.match(spec.strip())
    if not m:
        raise VersionError(f"not a Streamlit version: {spec!r} (expected e.g. 1.45 or 1.37.0)")
    if (int(m[1]), int(m[2])) < FIRST_WITH_FRAGMENTS:
        raise VersionError(f"Streamlit {spec} has no fragments: they arrived in 1.33.0")
    if m[3] is not None:
        return spec.strip()
    for version in matrix or load():
        if minor(version) == f"{int(m[1])}.{int(m[2])}":
            return version
    raise VersionError(f"Streamlit {spec} is not in the matrix; name a patch release such as {spec}.0")


def is_release(spec: str) -> bool:
    """A version to take from the package index (pre-releases included), rather than another kind of build."""
    return bool(_INDEX_VERSION.match(spec))


def pick(spec: str, matrix: list[str]) -> list[str]:
    """Versions named on the command line: `all`, or a comma list of `oldest`, `latest` and versions."""
    if spec == "all":
        return list(matrix)
    named = {"oldest": matrix[0], "latest": matrix[-1]}
    return [named.get(s) or resolve(s, matrix) for s in spec.split(",") if s]


def resolve_build(spec: str, matrix: list[str] | None = None) -> str:
    """A build named on the command line: a version (1.45 means the matrix's 1.45.x; 1.68.0rc1 as it is), or
    a package spec pip understands (a wheel file, a checkout, a git URL, `streamlit==...`)."""
    spec = spec.strip()
    found = _INDEX_VERSION.match(spec)
    if found:
        if (int(found[1]), int(found[2])) < FIRST_WITH_FRAGMENTS:
            raise VersionError(f"Streamlit {spec} has no fragments: they arrived in 1.33.0")
        return spec
    if _SPEC.match(spec):
        return resolve(spec, matrix)
    if spec.startswith("streamlit"):
        from packaging.requirements import InvalidRequirement, Requirement

        try:
            wanted = Requirement(spec)
        except InvalidRequirement as exc:
            raise VersionError(f"not a valid package spec: {spec!r} ({str(exc).splitlines()[0]})") from None
        if wanted.name != "streamlit":
            raise VersionError(f"not a Streamlit package spec: {spec!r}")
        return spec
    if _PACKAGE_SPEC.match(spec) and "\n" not in spec:
        return spec
    raise VersionError(
        f"not a Streamlit version or package spec: {spec!r} "
        "(expected e.g. 1.45, 1.37.0, 1.68.0rc1, ./streamlit.whl, git+https://...)"
    )


def write(versions: list[str], path: Path = VERSIONS_PATH, every: list[str] | None = None) -> None:
    every = every if every is not None else load_every(path)

    def listed(name: str, items: list[str]) -> str:
        body = ",\n".join(f'    "{v}"' for v in items)
        return f"{name} = [\n{body},\n]\n"

    path.write_text(
        "# The Streamlit releases that have fragments (1.33 on).\n"
        "# matrix: the latest patch of every minor release (the default matrix, `nox -s conformance`);\n"
        "# every: every release, patches included (`nox -s conformance-every`, and each by its tag: `nox -t 1.45.0`).\n"
        "# Written by `python -m conformance.versions --refresh`; do not edit by hand.\n"
        f'refreshed = "{date.today().isoformat()}"\n' + listed("matrix", versions) + listed("every", every),
        encoding="utf-8",
    )


def main(argv: list[str]) -> int:
    try:
        if "--refresh" in argv:
            released = released_versions()
            versions, every = latest_patches(released), every_release(released)
            write(versions, every=every)
            print(
                f"{len(versions)} minor releases and {len(every)} releases, {every[0]} to {every[-1]}, "
                f"written to {VERSIONS_PATH}"
            )
        elif "--every" in argv:
            print("\n".join(load_every()))
        else:
            print("\n".join(load()))
    except VersionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
