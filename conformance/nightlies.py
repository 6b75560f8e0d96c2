"""Streamlit's nightly builds of its main branch: `streamlit-nightly` on the package index, one a day, versioned
`<next release>.dev<YYYYMMDD>` (1.66.2.dev20261026 leads to 1.66.2, or whatever release comes next)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

PACKAGE = "streamlit-nightly"
REPOSITORY = "https://github.com/streamlit/streamlit"
_NIGHTLY = re.compile(r"^(\d+\.\d+\.\d+)\.dev(\d{4})(\d{2})(\d{2})$")


class NightlyError(ValueError):
    pass


def is_nightly(version: str) -> bool:
    return bool(_NIGHTLY.match(version))


def release_of(version: str) -> str:
    """The release a nightly leads to, the one it is judged as: 1.66.2.dev20261026 -> 1.66.2."""
    found = _NIGHTLY.match(version)
    if not found:
        raise NightlyError(f"not a nightly version: {version!r} (expected e.g. 1.66.2.dev20261026)")
    return found[1]


def leads_to(version: str, release_days: dict[str, date]) -> str:
    """The release a nightly of the main branch leads to: the first minor release (x.y.0) published after the
    day it was built (1.66.2.dev20261026 was built before 1.67.0 came out, and has its changes). A nightly
    newer than every release is judged as its own version's release (1.67.1.dev20261110 as 1.67.1)."""
    built = day_of(version)
    later = [(day, v) for v, day in release_days.items() if v.endswith(".0") and v.count(".") == 2 and day > built]
    return min(later)[1] if later else release_of(version)


def judged_as(version: str) -> str:
    """`leads_to` with the release days from the package index; the version's own release when the index
    cannot be read."""
    try:
        days = {}
        for release in releases():
            if re.fullmatch(r"\d+\.\d+\.0", release):
                days[release] = release_day(release)
        return leads_to(version, days)
    except (OSError, NightlyError, ValueError):
        return release_of(version)


def day_of(version: str) -> date:
    """The day the nightly was built."""
    found = _NIGHTLY.match(version)
    if not found:
        raise NightlyError(f"not a nightly version: {version!r} (expected e.g. 1.66.2.dev20261026)")
    return date(int(found[2]), int(found[3]), int(found[4]))


def ordered(versions: list[str]) -> list[str]:
    """Nightly versions, oldest day first (anything else left out)."""
    return sorted((v for v in versions if is_nightly(v)), key=day_of)


def between(nightlies: list[str], good: str, bad: str) -> list[str]:
    """The nightlies built after `good` and up to `bad`, oldest first: the builds a bisect may look at."""
    first, last = day_of(good), day_of(bad)
    if first >= last:
        raise NightlyError(f"{good} is not older than {bad}")
    return [v for v in ordered(nightlies) if first < day_of(v) <= last]


def commits_link(last_good: str, first_bad: str) -> str:
    """Upstream's list of the commits to its main branch between the two nightlies' days."""
    since, until = day_of(last_good), day_of(first_bad) + timedelta(days=1)
    return f"{REPOSITORY}/commits/develop?since={since.isoformat()}&until={until.isoformat()}"


def published() -> list[str]:
    """Every nightly on the package index, oldest first."""
    names = (f["filename"] for f in _index_files(PACKAGE))
    found = {m[1] for m in (re.match(r"^streamlit_nightly-([^-]+)-", n) for n in names) if m}
    if not found:
        raise NightlyError(f"the package index lists no {PACKAGE} builds")
    return ordered(list(found))


def releases() -> list[str]:
    """Every version of `streamlit` on the package index (pre-releases included; versions.every_release sorts
    out the releases with fragments)."""
    names = (f["filename"] for f in _index_files("streamlit"))
    return sorted({m[1] for m in (re.match(r"^streamlit-([^-]+?)(?:-py3|\.tar\.gz)", n) for n in names) if m})


def release_day(version: str) -> date:
    """The day a release was published on the package index (its first file's upload time)."""
    files = _index_files("streamlit")
    uploads = [f.get("upload-time", "") for f in files if f["filename"].startswith(f"streamlit-{version}-")]
    uploads = [u for u in uploads if u]
    if not uploads:
        raise NightlyError(f"Streamlit {version} has no files with an upload time on the package index")
    return date.fromisoformat(min(uploads)[:10])


@lru_cache(maxsize=2)
def _index_files(package: str) -> tuple[dict, ...]:
    import json
    import urllib.request

    ask = urllib.request.Request(
        f"https://pypi.org/simple/{package}/", headers={"Accept": "application/vnd.pypi.simple.v1+json"}
    )
    try:
        with urllib.request.urlopen(ask, timeout=60) as answer:
            return tuple(json.load(answer)["files"])
    except Exception as exc:
        raise NightlyError(f"could not read the files of {package} from the package index: {exc}") from None
