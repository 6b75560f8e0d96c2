"""Reading the server-side spacing of a fragment's runs, as the timer fixture apps write it.

Each such app stamps `time.time()` on every run of a fragment since the last full run, shows how many runs
that is (e.g. SINCE_FULL) and the milliseconds between consecutive runs (e.g. INTERVALS_MS), keeping only
the last 60 of those so the page stays small.
"""

from __future__ import annotations

# How far a measured interval may stray from the nominal one, as a ratio, declared once for every timer check.
INTERVAL_BAND = (0.8, 1.25)  # a mean or median of intervals; 1.5x and 1/1.5x fall outside
FIRST_TICK_BAND = (0.8, 1.6)  # the first rerun after a full run: one interval plus delivery (100-300 ms)


def within(ratio: float, band: tuple[float, float] = INTERVAL_BAND) -> bool:
    return band[0] <= ratio <= band[1]


def intervals(snap, marker: str = "INTERVALS_MS") -> list[int]:
    text = snap[marker]
    return [] if text in (None, "none") else [int(v) for v in str(text).split(",")]


def intervals_from(snap, index: int, runs_marker: str, marker: str = "INTERVALS_MS") -> list[int]:
    """Intervals number `index` (0: between the first two runs) and later, of those the app still shows.

    There is one interval between each two of the `runs_marker` runs; the app shows only the last ones, so a
    fragment that reran more often than expected does not shift the window (an index into the shown list
    would)."""
    shown = intervals(snap, marker)
    total = max(0, (snap[runs_marker] or 0) - 1)
    first_shown = max(0, total - len(shown))
    return shown[max(0, index - first_shown) :]
