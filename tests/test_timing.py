"""Reading interval lists the timer apps cap at their last 60 entries."""

from conformance import timing
from conformance.live_app import Snapshot


def _snap(runs: int, intervals: list[int]) -> Snapshot:
    return Snapshot({"SINCE_FULL": [str(runs)], "INTERVALS_MS": [",".join(map(str, intervals)) or "none"]})


def test_window_from_an_index_when_nothing_was_cut():
    snap = _snap(5, [10, 20, 30, 40])
    assert timing.intervals_from(snap, 2, "SINCE_FULL") == [30, 40]


def test_window_from_an_index_when_the_app_kept_only_the_last_ones():
    snap = _snap(100, list(range(39, 99)))  # intervals 0..98, the app shows 39..98
    assert timing.intervals_from(snap, 90, "SINCE_FULL") == list(range(90, 99))
    assert timing.intervals_from(snap, 10, "SINCE_FULL") == list(range(39, 99)), "all that is shown, not nothing"
