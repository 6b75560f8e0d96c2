"""How long each check took in earlier runs, to schedule the long ones first, and how many workers share them."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

# pytest-xdist workers for a conformance run. The checks mostly wait (on the browser, on the apps' own sleeps
# and timers), so a third worker on two cores fills the gaps; more make the timing checks late (a run with six
# workers failed three of them). Measured on two cores: see docs/performance.md.
WORKERS = 3


def expected(results_dir: Path) -> dict[str, float]:
    """Check id -> median duration in seconds over every version's raw results in `results_dir`."""
    seen: dict[str, list[float]] = {}
    for path in Path(results_dir).glob("streamlit-*.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue  # a damaged file only costs the schedule its hints; publishing reports it
        for check in data.get("checks", []):
            if check.get("verdict") not in (None, "n/a") and isinstance(check.get("duration_s"), (int, float)):
                seen.setdefault(check["id"], []).append(check["duration_s"])
    return {cid: round(statistics.median(values), 2) for cid, values in seen.items()}
