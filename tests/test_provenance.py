"""The kit revision a result names: the commit, `+dirty` only when the kit itself (not its reports) changed."""

import subprocess

from conformance import results


def _git(repo, *args):
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def _repo(tmp_path):
    (tmp_path / "conformance").mkdir()
    (tmp_path / "reports" / "raw").mkdir(parents=True)
    (tmp_path / "conformance" / "check.py").write_text("x = 1\n")
    (tmp_path / "reports" / "raw" / "streamlit-1.67.0.json").write_text("{}\n")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "-c", "user.name=kit", "-c", "user.email=kit@localhost", "commit", "-q", "-m", "one")
    return tmp_path


def test_results_written_by_a_run_leave_the_revision_clean(tmp_path):
    repo = _repo(tmp_path)
    clean = results.kit_revision(repo)
    (repo / "reports" / "raw" / "streamlit-1.67.0.json").write_text('{"checks": []}\n')
    assert clean != "unknown" and not clean.endswith("+dirty")
    assert results.kit_revision(repo) == clean


def test_a_changed_kit_file_makes_it_dirty(tmp_path):
    repo = _repo(tmp_path)
    clean = results.kit_revision(repo)
    (repo / "conformance" / "check.py").write_text("x = 2\n")
    assert results.kit_revision(repo) == clean + "+dirty"
