"""The nightly workflow (.github/workflows/nightly.yml), its jobs simulated here: the list of what to check (the
newest nightly and the releases the report lacks), each job a nox session the kit has, and the publish job's
merge of the night's raw results with the published ones into a site. actionlint checks the file itself
(`nox -s lint`)."""

import json
import subprocess
import sys

from conformance import schedule
from tests.kit_run import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "nightly.yml"
NIGHTLY = "1.66.2.dev20261026"


def test_the_workflow_runs_daily_from_the_kits_schedule_and_publishes_pages():
    text = WORKFLOW.read_text()
    assert "schedule:" in text and "cron:" in text
    assert "python -m conformance.schedule" in text and "fromJSON(needs.builds.outputs.jobs)" in text
    assert "./kit -s report -- --site site" in text
    assert "actions/upload-pages-artifact" in text and "actions/deploy-pages" in text


def test_the_schedule_lists_the_nightly_and_every_release_without_a_column(tmp_path):
    (tmp_path / "streamlit-1.67.0.json").write_text("{}")
    releases = ["1.32.0", "1.66.1", "1.67.0", "1.67.1rc1", "1.67.1"]
    assert schedule.jobs(tmp_path, releases, NIGHTLY) == [
        f"-s conformance-nightly -- {NIGHTLY}",
        "-s conformance-at -- 1.66.1",
        "-s conformance-at -- 1.67.1",
    ]
    (tmp_path / f"streamlit-{NIGHTLY}.json").write_text("{}")
    assert schedule.jobs(tmp_path, ["1.67.0"], NIGHTLY) == [], "a night already in the report checks nothing"


def test_each_job_is_a_session_of_the_kit(tmp_path):
    for args in schedule.jobs(tmp_path, ["1.67.0"], NIGHTLY):
        session = args.split()[1]
        listed = subprocess.run(
            [sys.executable, "-m", "nox", "-f", str(ROOT / "noxfile.py"), "-l", "--json", "-s", session],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert [s["session"] for s in json.loads(listed.stdout)] == [session], listed.stderr


def test_the_publish_job_merges_the_night_into_a_site(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    published = json.loads((ROOT / "reports" / "raw" / "streamlit-1.67.0.json").read_text())
    (raw / "streamlit-1.67.0.json").write_text(json.dumps(published))
    night = {**published, "run": {**published["run"], "streamlit": NIGHTLY, "target": NIGHTLY}}
    (raw / f"streamlit-{NIGHTLY}.json").write_text(json.dumps(night))
    done = subprocess.run(
        [sys.executable, "-m", "conformance.publish", "--raw", str(raw), "--out", str(tmp_path / "out")]
        + ["--site", str(tmp_path / "site")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "site").iterdir()) == [
        "compatibility.json",
        "compatibility.md",
        "index.html",
    ]
    page = (tmp_path / "site" / "index.html").read_text()
    assert "<script" in page and "2026-10-26" in page, "the page holds the nightly's column and its day"
    grid = (tmp_path / "site" / "compatibility.md").read_text()
    assert f"{NIGHTLY} (nightly of 2026-10-26, judged as 1.66.2)" in grid
