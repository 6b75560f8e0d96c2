"""What the nightly workflow checks: the newest nightly build, and every release the published report lacks.

python -m conformance.schedule [--raw reports/raw]   a JSON list of `./kit` arguments, one job each
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from conformance import nightlies, versions
from conformance.layout import ROOT


def jobs(raw_dir: Path, releases: list[str], nightly: str | None) -> list[str]:
    """The `./kit` arguments of each job: the nightly (named, so that every job of the night checks the same
    one) unless the report has it, then each release with fragments that the report has no column for."""
    have = {p.name.removeprefix("streamlit-").removesuffix(".json") for p in Path(raw_dir).glob("streamlit-*.json")}
    found = [f"-s conformance-nightly -- {nightly}"] if nightly and nightly not in have else []
    return found + [f"-s conformance-at -- {v}" for v in versions.every_release(releases) if v not in have]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m conformance.schedule", description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, default=ROOT / "reports" / "raw")
    args = parser.parse_args(argv)
    try:
        releases = nightlies.releases()
        newest = nightlies.published()[-1]
    except nightlies.NightlyError as exc:
        print(f"kit: error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(jobs(args.raw, releases, newest)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
