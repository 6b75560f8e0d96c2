"""The bisect logic on made-up builds: the first change, none, a flaky build, a missing build, a resumed bisect;
and the nightlies' versions and days."""

import json
from datetime import date

import pytest

from conformance import nightlies
from conformance.bisect import BuildMissing, Journal, Observation, bisect

PASS, FAIL = Observation("pass", "old"), Observation("known-bug", "new")
BUILDS = [f"1.66.2.dev202610{day:02d}" for day in range(1, 17)]  # 16 nightlies, oldest first


def observer(first_bad: int, missing=(), flaky=()):
    calls = []

    def observe(build: str) -> Observation:
        calls.append(build)
        i = BUILDS.index(build)
        if i in missing:
            raise BuildMissing("no such wheel")
        if i in flaky:
            return PASS if calls.count(build) == 1 else FAIL
        return FAIL if i >= first_bad else PASS

    return observe, calls


def test_finds_the_first_build_that_differs_in_log2_steps():
    observe, calls = observer(first_bad=11)
    outcome = bisect(BUILDS, observe)
    assert (outcome.result, outcome.last_good, outcome.first_bad) == ("found", BUILDS[10], BUILDS[11])
    assert (outcome.good_saw, outcome.bad_saw) == (PASS, FAIL)
    assert len(outcome.judged) <= 2 + 4, "both ends, then about log2(14) builds"
    assert all(calls.count(b) == 2 for b in set(calls)), "each build judged twice"


def test_the_change_right_after_good_and_right_at_bad():
    assert bisect(BUILDS, observer(first_bad=1)[0]).first_bad == BUILDS[1]
    assert bisect(BUILDS, observer(first_bad=15)[0]).first_bad == BUILDS[15]


def test_no_change_between_good_and_bad():
    outcome = bisect(BUILDS, observer(first_bad=99)[0])
    assert outcome.result == "no-change" and outcome.first_bad is None and len(outcome.judged) == 2


def test_a_build_judged_twice_differently_stops_the_bisect():
    outcome = bisect(BUILDS, observer(first_bad=11, flaky={7})[0])
    assert (outcome.result, outcome.flaky) == ("flaky", BUILDS[7])
    assert outcome.first_bad is None, "no guess"


def test_a_missing_build_is_stepped_around():
    outcome = bisect(BUILDS, observer(first_bad=10, missing={7})[0])
    assert (outcome.result, outcome.last_good, outcome.first_bad) == ("found", BUILDS[9], BUILDS[10])
    assert outcome.missing == [BUILDS[7]] and BUILDS[8] in outcome.judged, "its neighbour was judged instead"
    outcome = bisect(BUILDS, observer(first_bad=11, missing={7, 11})[0])
    assert (outcome.result, outcome.last_good, outcome.first_bad) == ("untestable", BUILDS[10], BUILDS[12])
    assert BUILDS[11] in outcome.missing, "the first build that differs could not be judged: the range says so"


def test_nothing_installable_in_between_leaves_a_range():
    outcome = bisect(BUILDS, observer(first_bad=5, missing=set(range(1, 15)))[0])
    assert (outcome.result, outcome.last_good, outcome.first_bad) == ("untestable", BUILDS[0], BUILDS[15])


def test_an_interrupted_bisect_resumes_from_its_journal(tmp_path):
    key = {"check": "x", "good": BUILDS[0], "bad": BUILDS[-1]}
    observe, calls = observer(first_bad=11)

    def interrupted(build):
        if len(calls) == 6:
            raise KeyboardInterrupt
        return observe(build)

    with pytest.raises(KeyboardInterrupt):
        bisect(BUILDS, interrupted, Journal(tmp_path / "j.json", key))
    before = len(calls)
    outcome = bisect(BUILDS, observe, Journal(tmp_path / "j.json", key))
    assert outcome.first_bad == BUILDS[11]
    assert len(calls) - before == 2 * len(outcome.judged) - before, "nothing judged again"
    other = Journal(tmp_path / "j.json", {**key, "check": "y"})
    assert other.seen == {}, "a journal of another bisect is not reused"


def test_nightly_versions_days_and_the_release_they_lead_to():
    assert nightlies.release_of("1.66.2.dev20261026") == "1.66.2"
    assert nightlies.day_of("1.66.2.dev20261026").isoformat() == "2026-10-26"
    assert not nightlies.is_nightly("1.66.2") and not nightlies.is_nightly("1.68.0.dev3")
    assert nightlies.between(BUILDS, BUILDS[2], BUILDS[5]) == BUILDS[3:6]
    link = nightlies.commits_link(BUILDS[2], BUILDS[3])
    assert link.endswith("commits/develop?since=2026-10-03&until=2026-10-05")
    with pytest.raises(nightlies.NightlyError):
        nightlies.between(BUILDS, BUILDS[5], BUILDS[2])


def test_a_nightly_leads_to_the_first_minor_release_after_its_day():
    days = {"1.66.0": date(2026, 10, 14), "1.66.1": date(2026, 10, 21), "1.67.0": date(2026, 11, 5)}
    assert nightlies.leads_to("1.66.2.dev20261026", days) == "1.67.0", "main's nightly goes into the next minor"
    assert nightlies.leads_to("1.66.1.dev20261015", days) == "1.67.0", "a patch comes from the release branch"
    assert nightlies.leads_to("1.67.1.dev20261110", days) == "1.67.1", "newer than every release: its own"


def test_a_nightly_target_is_judged_as_noted_beside_its_environment(tmp_path):
    from conformance import environments, targets

    env = tmp_path / "env"
    (env / "bin").mkdir(parents=True)
    (env / environments.JUDGED_AS).write_text("1.67.0\n")
    assert targets._judged_as(str(env / "bin" / "python"), "1.66.2.dev20261026") == "1.67.0"
    assert targets._judged_as(str(tmp_path / "other" / "bin" / "python"), "1.66.2.dev20261026") == "1.66.2"
    assert targets._judged_as(str(env / "bin" / "python"), "1.66.1") == "", "a release is judged as itself"


REAL_SPAN = ("1.56.1.dev20260409", "1.56.1.dev20260413")  # images refused from the nightly of 2026-04-11 on


def test_a_real_bisect_over_real_nightlies(tmp_path):
    """Four real nightlies around the day Streamlit's server began refusing media (INV-04's media-refused,
    bisected from 1.56.0 to 1.57.0): the bisect installs them, judges each once, and names the pair; run again,
    it judges nothing and says the same from its journal."""
    import subprocess
    import sys

    from tests.kit_run import ROOT

    command = [sys.executable, "-m", "conformance.bisect", "test_the_live_panel_ticks_alone~INV-04", *REAL_SPAN]
    command += ["--repeats", "1", "--work", str(tmp_path)]
    first = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "last like GOOD: 1.56.1.dev20260410 (2026-04-10): pass" in first.stdout
    assert "first like BAD: 1.56.1.dev20260411 (2026-04-11): fail" in first.stdout
    assert "commits/develop?since=2026-04-10&until=2026-04-12" in first.stdout
    assert "result: found; 4 builds judged" in first.stdout, "both ends and log2 of the two between"
    again = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert _outcome(again.stdout) == _outcome(first.stdout), "the journal answers the second time"
    seen = json.loads((tmp_path / "journal.json").read_text(encoding="utf-8"))["seen"]
    assert sorted(seen) == sorted([*REAL_SPAN, "1.56.1.dev20260410", "1.56.1.dev20260411"])
    assert all(len(observations) == 1 for observations in seen.values()), "nothing judged twice"


def _outcome(printed: str) -> str:
    return printed.split("result:", 1)[-1].split("bisect took", 1)[0]
