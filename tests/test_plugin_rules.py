"""The harness's own rules, seen from a child pytest: collection checks, verdicts, recorded defects, coverage."""

import subprocess
import sys
import textwrap

from conformance import registry, results
from tests.kit_run import ROOT, run_probe, run_suite

VERSION = results.package_version("streamlit")


def _child(tmp_path, source: str, *args: str) -> tuple[subprocess.CompletedProcess, dict]:
    return run_probe(tmp_path, source, *args)


def test_unknown_clause_id_fails_collection(tmp_path):
    done, _ = _child(
        tmp_path,
        """
        import pytest
        @pytest.mark.clause("NOPE-99")
        def test_x(check):
            pass
    """,
    )
    assert done.returncode == 4, done.stdout + done.stderr
    assert "unknown clause id 'NOPE-99'" in done.stdout + done.stderr


def test_verdicts_are_recorded_for_each_outcome(tmp_path):
    absent = next(v.name for v in registry.load()["API-01"].variants if not v.span.contains(VERSION))
    done, data = _child(
        tmp_path,
        f"""
        import pytest
        @pytest.mark.clause("SCOPE-01")
        def test_passes(check):
            check.observe(counter=1)
        @pytest.mark.clause("SCOPE-01")
        def test_fails(check):
            check.observe(counter=2)
            assert 2 == 1, "counter went up"
        @pytest.mark.clause("SCOPE-01")
        def test_errors(check):
            raise RuntimeError("harness broke")
        @pytest.mark.clause("API-01", variant="{absent}")
        def test_not_applicable(check):
            raise AssertionError("must not run")
    """,
    )
    got = {c["id"].split("::")[-1]: c for c in data["checks"]}
    assert {k: v["verdict"] for k, v in got.items()} == {
        "test_passes": "pass",
        "test_fails": "fail",
        "test_errors": "error",
        "test_not_applicable": "n/a",
    }
    assert got["test_fails"]["observed"] == {"counter": 2}
    assert "counter went up" in got["test_fails"]["message"]
    assert got["test_not_applicable"]["message"].startswith("n/a: API-01")
    assert data["run"]["streamlit"] == VERSION and data["run"]["python"] and data["run"]["kit_revision"]
    assert 'saw: {"counter": 2}' in done.stdout, "the summary says what an unexpected check saw"
    assert done.returncode == 1


def _one_defect_registry(tmp_path, name: str, *extra: str) -> list[str]:
    """A registry whose one clause, SCOPE-02, has one failing defect `name` (plus `extra` lines); the child
    run's arguments that use it."""
    (tmp_path / "clauses.toml").write_text(
        textwrap.dedent("""
        [[clause]]
        id = "SCOPE-02"
        area = "SCOPE"
        statement = "s"
        since = "1.33.0"
        docs = "https://example.invalid/x"
        [[clause.variant]]
        """)
        + "\n".join([f'name = "{name}"', 'since = "1.33.0"', 'kind = "defect"', "fails = true", *extra])
        + '\nsource = "https://github.com/streamlit/streamlit/issues/1"\n'
    )
    return ["--kit-registry", str(tmp_path / "clauses.toml")]


def test_recorded_defect_is_expected_and_its_unexpected_pass_is_reported(tmp_path):
    registry_args = _one_defect_registry(tmp_path, "broken")
    done, data = _child(
        tmp_path,
        """
        import pytest
        @pytest.mark.clause("SCOPE-02")
        def test_still_broken(check):
            assert False
        @pytest.mark.clause("SCOPE-02")
        def test_fixed_upstream(check):
            pass
        @pytest.mark.clause("SCOPE-02")
        def test_harness_broke(check):
            raise RuntimeError("not the defect")
    """,
        *registry_args,
    )
    got = {c["id"].split("::")[-1]: (c["verdict"], c["variant_seen"]) for c in data["checks"]}
    assert got == {
        "test_still_broken": ("known-bug", "broken"),
        "test_fixed_upstream": ("unexpected-pass", None),
        "test_harness_broke": ("error", None),
    }, "only an assertion counts as the defect showing"
    assert done.returncode == 1, "an unexpected pass fails the run"


def test_an_intermittent_defect_may_show_or_not(tmp_path):
    registry_args = _one_defect_registry(tmp_path, "sometimes", "intermittent = true")
    done, data = _child(
        tmp_path,
        """
        import pytest
        @pytest.mark.clause("SCOPE-02")
        def test_showed(check):
            assert False
        @pytest.mark.clause("SCOPE-02")
        def test_did_not_show(check):
            pass
    """,
        *registry_args,
    )
    got = {c["id"].split("::")[-1]: c["verdict"] for c in data["checks"]}
    assert got == {"test_showed": "known-bug", "test_did_not_show": "pass"}
    assert done.returncode == 0, "both are what the release does"


def test_the_variant_seen_is_recorded_through_check_saw(tmp_path):
    done, data = _child(
        tmp_path,
        """
        import pytest
        @pytest.mark.clause("TIMER-08")
        def test_saw(check):
            check.saw("deduplicated")
        @pytest.mark.clause("TIMER-08")
        def test_magic_key(check):
            check.observe(variant="deduplicated")
    """,
    )
    got = {c["id"].split("::")[-1]: c for c in data["checks"]}
    assert got["test_saw"]["variant_seen"] == "deduplicated" and "variant" not in got["test_saw"]["observed"]
    assert got["test_magic_key"]["verdict"] == "error" and "check.saw" in got["test_magic_key"]["message"]


def test_every_clause_has_a_check(tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--collect-only",
            "-q",
            "-p",
            "no:cacheprovider",
            "--kit-require-coverage",
            "spec",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def test_spec_check_without_clause_is_refused(tmp_path):
    # a made-up spec folder (KIT_SPEC), so that the real spec, collected and linted by other tests, stays as it is
    stray = tmp_path / "spec" / "test_zz_stray_probe.py"
    stray.parent.mkdir()
    stray.write_text("def test_unmarked():\n    pass\n")
    done, _ = run_suite(
        ["-p", "conformance.plugin", "--collect-only", str(stray)],
        tmp_path / "r",
        timeout=120,
        env={"KIT_SPEC": str(stray.parent), "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 4 and "must name its clause" in done.stdout + done.stderr


def test_a_named_build_gets_a_column_of_its_own(tmp_path):
    from conformance import targets

    build = "./streamlit-fork.whl"
    column = targets.Target(VERSION, sys.executable, build=build).id
    done, _ = _child(
        tmp_path,
        """
        import pytest
        @pytest.mark.clause("SCOPE-01")
        def test_passes(check):
            check.observe(counter=1)
    """,
        f"--kit-python={sys.executable}={build}",
    )
    import json

    data = json.loads(results.path_for(tmp_path / "results", column).read_text())
    assert done.returncode == 0, done.stdout[-2000:]
    assert column.startswith(VERSION + "+") and data["run"]["build"] == build and data["run"]["target"] == column
    assert not results.path_for(tmp_path / "results", VERSION).exists(), "the release's own column is untouched"
