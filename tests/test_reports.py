"""Aggregation, changelog, merging and the upgrade check, on made-up raw results."""

import subprocess
import sys

from conformance import compat, publish, upgrade
from conformance.render_markdown import render_markdown
from tests.kit_run import ROOT
from tests.report_data import check, one_clause, outside_container_matrix, read, write_raw


def test_one_version_updates_its_column_without_losing_the_others(tmp_path):
    raw = tmp_path / "raw"
    outside_container_matrix(raw)
    publish.publish(raw, tmp_path)
    write_raw(
        raw,
        "1.58.0",
        [check("spec/scope/test_s.py::test_scope", ["SCOPE-01"], "fail")],
        started="2026-11-25T10:00:00+00:00",
    )
    publish.publish(raw, tmp_path)
    model = read(tmp_path / "compatibility.json")
    assert model["versions"] == ["1.57.0", "1.58.0", "1.59.2"]
    assert model["cells"]["SCOPE-01"]["1.58.0"]["verdict"] == "fail", "the new run replaced its check"
    assert model["cells"]["EXT-01"]["1.58.0"]["verdict"] == "pass", "checks it did not run were kept"
    assert model["columns"]["1.58.0"]["runs"] == 2 and model["columns"]["1.58.0"]["ran"].startswith("2026-11-25")


def test_a_column_merged_from_two_kits_names_both(tmp_path):
    raw = tmp_path / "raw"
    outside_container_matrix(raw)
    write_raw(
        raw,
        "1.58.0",
        [check("spec/scope/test_s.py::test_scope", ["SCOPE-01"], "pass")],
        started="2026-11-25T10:00:00+00:00",
        kit_revision="def",
    )
    publish.publish(raw, tmp_path)
    model = read(tmp_path / "compatibility.json")
    assert model["columns"]["1.58.0"]["kit_revisions"] == [
        {"revision": "abc", "records": 2},
        {"revision": "def", "records": 1},
    ]
    assert model["columns"]["1.57.0"]["kit_revisions"] == [{"revision": "abc", "records": 3}]
    runs = (tmp_path / "compatibility.md").read_text(encoding="utf-8").split("## Runs")[1]
    assert "| abc (2), def (1) |" in runs and "| abc |" in runs


def test_changelog_shows_where_behaviour_changes(tmp_path):
    outside_container_matrix(tmp_path)
    changes = {(e["clause"], e["version"], e["type"]) for e in compat.build(tmp_path)["changelog"]}
    assert changes == {("EXT-01", "1.59.2", "change"), ("EXT-04", "1.59.2", "new")}


def test_changelog_says_regression_and_fix(tmp_path):
    one_clause(
        tmp_path,
        "RET-02",
        ("1.36.0", "pass", None),
        ("1.37.1", "known-bug", "first-call-args"),
        ("1.38.0", "pass", None),
    )
    entries = [(e["version"], e["type"]) for e in compat.build(tmp_path)["changelog"] if e["clause"] == "RET-02"]
    assert entries == [("1.37.1", "regression"), ("1.38.0", "fix")]


def test_cells_show_the_kind_of_what_was_seen(tmp_path):
    one_clause(
        tmp_path,
        "TIMER-08",
        ("1.59.2", "pass", "piles-up"),
        ("1.60.0", "pass", "deduplicated"),
        ("1.61.1", "fail", "piles-up"),
    )
    model = compat.build(tmp_path)
    cells = model["cells"]["TIMER-08"]
    assert [(cells[v]["kind"], cells[v]["variant"]) for v in model["versions"]] == [
        ("defect", "piles-up"),
        ("conforms", "deduplicated"),
        ("unknown", "piles-up"),
    ]
    assert cells["1.59.2"]["source"].startswith("https://github.com/streamlit/streamlit/")
    assert model["summary"]["1.59.2"]["defects"][0]["clause"] == "TIMER-08"
    assert model["summary"]["1.61.1"]["unexpected"] == ["TIMER-08"], "an unexpected verdict is no kind at all"
    md = publish.publish(tmp_path, tmp_path / "out") and (tmp_path / "out" / "compatibility.md").read_text()
    assert "[🐞 piles-up](https://github.com/streamlit/streamlit/pull/15912)" in md, "a defect is marked, with its link"
    assert "- **1.61.1** TIMER-08: fail" in md, "unexpected verdicts are listed before the grid"


def test_a_defect_the_kit_found_says_so(tmp_path):
    one_clause(tmp_path, "RERUN-08", ("1.45.1", "pass", "assertion-error"))
    cell = compat.build(tmp_path)["cells"]["RERUN-08"]["1.45.1"]
    assert (cell["kind"], cell["found_by_kit"], cell["source"]) == ("defect", True, None)


def test_internal_clauses_say_so_in_every_column(tmp_path):
    outside_container_matrix(tmp_path)
    model = compat.build(tmp_path)
    internal = [c["id"] for c in model["clauses"] if "internal" in c["flags"]]
    assert internal, "the registry has internal clauses"
    for cid in internal:
        assert {cell["verdict"] for cell in model["cells"][cid].values()} == {"internal"}
    assert not any(e["clause"] in internal for e in model["changelog"])


def test_reports_are_written_whole_and_leave_no_temporary_files(tmp_path):
    outside_container_matrix(tmp_path / "raw")
    written = publish.publish(tmp_path / "raw", tmp_path)
    assert sorted(p.name for p in written) == ["compatibility.html", "compatibility.json", "compatibility.md"]
    assert not list(tmp_path.glob(".*.tmp")) and not list((tmp_path / "raw").glob(".*.tmp"))
    md = (tmp_path / "compatibility.md").read_text()
    assert "## EXT" in md and "| [EXT-01](" in md and "## Behaviour changelog" in md


def test_publishing_ends_with_the_checks_whose_verdict_is_unexpected(tmp_path, capsys):
    one_clause(tmp_path / "raw", "SCOPE-01", ("1.40.0", "pass", None), ("1.41.0", "fail", None))
    assert publish.main(["--raw", str(tmp_path / "raw"), "--out", str(tmp_path)]) == 0
    tail = capsys.readouterr().out.splitlines()[3:]
    assert tail[0] == "unexpected verdicts in the report: 1"
    assert tail[1].split() == ["1.41.0", "SCOPE-01", "fail", "spec/x/test_x.py::test_SCOPE-01"]
    assert tail[2].startswith("    saw: ")


def test_publishing_a_report_with_every_verdict_expected_says_so(tmp_path, capsys):
    one_clause(tmp_path / "raw", "SCOPE-01", ("1.40.0", "pass", None))
    assert publish.main(["--raw", str(tmp_path / "raw"), "--out", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "unexpected verdicts in the report: none"


def _upgrade(raw, *args):
    return subprocess.run(
        [sys.executable, "-m", "conformance.upgrade", *args, "--raw", str(raw)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _sections(stdout: str) -> dict[str, list[str]]:
    """The clause ids listed under each section title of the upgrade output."""
    found, title = {}, None
    for line in stdout.splitlines():
        if line and not line.startswith(" ") and line.endswith(":"):
            title = line.split(":")[0]
            found[title] = []
        elif title and line.startswith("  ") and not line.startswith("    "):
            found[title].append(line.split(":")[0].strip())
    return found


def test_upgrade_across_the_outside_container_change_fails(tmp_path):
    outside_container_matrix(tmp_path)
    done = _upgrade(tmp_path, "1.58", "1.59")
    assert done.returncode == upgrade.EXIT_BREAKING, done.stdout + done.stderr
    assert _sections(done.stdout) == {"Breaking changes": ["EXT-01"], "New on 1.59.2": ["EXT-04"]}


def test_upgrade_between_identical_versions_passes(tmp_path):
    outside_container_matrix(tmp_path)
    done = _upgrade(tmp_path, "1.57", "1.58")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "same behaviour" in done.stdout


def test_upgrade_regression_fails(tmp_path):
    one_clause(tmp_path, "RET-02", ("1.36.0", "pass", None), ("1.37.1", "known-bug", "first-call-args"))
    done = _upgrade(tmp_path, "1.36", "1.37")
    assert done.returncode == upgrade.EXIT_BREAKING, done.stdout
    assert _sections(done.stdout) == {"Regressions": ["RET-02"], "Defects present on 1.37.1": ["RET-02"]}
    assert "https://github.com/streamlit/streamlit/issues/9313" in done.stdout


def test_upgrade_announced_change_fails(tmp_path):
    one_clause(tmp_path, "API-06", ("1.36.0", "pass", "rerun-alias"), ("1.37.1", "pass", "absent"))
    done = _upgrade(tmp_path, "1.36", "1.37")
    assert done.returncode == upgrade.EXIT_BREAKING and _sections(done.stdout) == {"Breaking changes": ["API-06"]}


def test_upgrade_new_error_fails(tmp_path):
    one_clause(tmp_path, "EXT-03", ("1.35.0", "pass", "unchecked"), ("1.36.0", "pass", "api-exception"))
    done = _upgrade(tmp_path, "1.35", "1.36")
    assert done.returncode == upgrade.EXIT_BREAKING and _sections(done.stdout) == {"Breaking changes": ["EXT-03"]}


def test_upgrade_fix_passes(tmp_path):
    one_clause(tmp_path, "NAV-02", ("1.41.1", "pass", "runtime-error"), ("1.42.2", "pass", "ignored"))
    done = _upgrade(tmp_path, "1.41", "1.42")
    assert done.returncode == 0 and _sections(done.stdout) == {"Fixes": ["NAV-02"]}, done.stdout


def test_upgrade_new_behaviour_passes(tmp_path):
    one_clause(tmp_path, "KEY-01", ("1.62.0", "n/a", None), ("1.63.0", "pass", None))
    done = _upgrade(tmp_path, "1.62", "1.63")
    assert done.returncode == 0 and _sections(done.stdout) == {"New on 1.63.0": ["KEY-01"]}, done.stdout


def test_upgrade_defect_on_both_sides_is_listed_and_passes(tmp_path):
    one_clause(tmp_path, "TIMER-08", ("1.45.1", "pass", "piles-up"), ("1.46.1", "pass", "piles-up"))
    done = _upgrade(tmp_path, "1.45", "1.46")
    assert done.returncode == 0 and _sections(done.stdout) == {"Defects present on 1.46.1": ["TIMER-08"]}


def test_upgrade_with_a_failed_check_is_unknown_and_fails(tmp_path):
    one_clause(tmp_path, "SCOPE-01", ("1.45.1", "pass", None), ("1.46.1", "error", None))
    done = _upgrade(tmp_path, "1.45", "1.46")
    assert done.returncode == upgrade.EXIT_BREAKING and list(_sections(done.stdout)) == ["Not known"]


def test_upgrade_refuses_versions_without_results(tmp_path):
    outside_container_matrix(tmp_path)
    done = _upgrade(tmp_path, "1.58", "1.30")
    assert done.returncode == upgrade.EXIT_BAD_INPUT and "no fragments" in done.stderr
    done = _upgrade(tmp_path, "1.58", "1.60")
    assert done.returncode == upgrade.EXIT_BAD_INPUT and "no results for Streamlit 1.60" in done.stderr


def test_apptest_summary_names_the_version_ranges():
    from conformance import fidelity

    cells = {
        "1.33.0": {"verdict": "agrees"},
        "1.36.0": {"verdict": "agrees"},
        "1.37.1": {"verdict": "differs"},
        "1.40.2": {"verdict": "n/a"},
        "1.67.0": {"verdict": "differs"},
    }
    runs = fidelity.summary(cells, list(cells))
    assert fidelity.describe(runs) == "agrees 1.33-1.36, differs 1.37-1.67"


def test_a_nightly_is_judged_as_the_release_its_run_recorded(tmp_path):
    nightly = "1.66.2.dev20261026"  # built before 1.67.0 came out: it leads to 1.67.0, not to 1.66.2
    write_raw(tmp_path, nightly, [check("spec/x/test_x.py::test_w", ["DIALOG-06"], "pass")], judged_as="1.67.0")
    model = compat.build(tmp_path)
    assert model["columns"][nightly]["nightly"]["judged_as"] == "1.67.0"
    assert model["cells"]["DIALOG-06"][nightly]["variant_expected"] == "int-width", "1.67.0's behaviour expected"
    assert f"{nightly} (nightly of 2026-10-26, judged as 1.67.0)" in render_markdown(model)


def test_a_nightly_stands_apart_with_its_day_and_its_findings_are_early_warnings(tmp_path):
    nightly = "1.66.2.dev20261026"
    one_clause(tmp_path, "SCOPE-01", ("1.66.1", "pass", None), (nightly, "fail", None), ("1.67.0", "pass", None))
    model = compat.build(tmp_path)
    assert model["versions"] == ["1.66.1", "1.67.0", nightly], "nightlies after the releases, apart"
    assert model["columns"][nightly]["nightly"] == {"day": "2026-10-26", "judged_as": "1.66.2"}
    text = render_markdown(model)
    early = text.split("### Early warnings: nightly builds", 1)
    assert len(early) == 2, "the nightly's finding is an early warning"
    assert f"{nightly} (nightly of 2026-10-26, judged as 1.66.2)** SCOPE-01: fail" in early[1]
    assert "None: every release did what the registry records" in early[0], "no release is blamed for it"
    done = _upgrade(tmp_path, "1.67", nightly)
    assert done.returncode == upgrade.EXIT_BREAKING, done.stdout + done.stderr
