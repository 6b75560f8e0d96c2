"""Bad input and broken surroundings: each ends with one clear line, its own exit status, and nothing that
was published before is lost."""

import os
import shutil
import socket
import subprocess
import sys

import pytest

from conformance import exit_codes, server
from tests.kit_run import ROOT, SCOPED_CHECK, VERSION, run_probe


def _nox(*args: str) -> subprocess.CompletedProcess:
    # A bad build stops the session before it installs anything, so it needs no virtualenv: making one would
    # also replace the user's .nox/conformance-run when this nox finds another backend than theirs.
    return subprocess.run(
        [sys.executable, "-m", "nox", "--no-venv", "-f", str(ROOT / "noxfile.py"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )


def _kit_errors(done: subprocess.CompletedProcess) -> list[str]:
    return [line for line in (done.stdout + done.stderr).splitlines() if line.startswith("kit: error:")]


@pytest.mark.parametrize(
    "build, code, says",
    [
        ("1.32.0", exit_codes.BAD_BUILD, "has no fragments"),
        ("streamlit===", exit_codes.BAD_BUILD, "not a valid package spec"),
        ("streamlit-nightly", exit_codes.BAD_BUILD, "not a Streamlit package spec"),
        ("foo", exit_codes.BAD_BUILD, "not a Streamlit version or package spec"),
        ("1.99.0", exit_codes.NO_ENVIRONMENT, "no version of streamlit==1.99.0"),
    ],
)
def test_bad_build_is_one_line_with_its_exit_status(build, code, says):
    before = sorted((ROOT / "reports").rglob("*"))
    done = _nox("-s", "conformance-at", "--", build)
    errors = _kit_errors(done)
    assert done.returncode == code, done.stdout[-2000:] + done.stderr[-2000:]
    assert len(errors) == 1 and says in errors[0], errors
    assert sorted((ROOT / "reports").rglob("*")) == before, "nothing under reports/ was touched"
    assert not (ROOT / ".kit" / "envs" / "streamlit-1.99.0").exists(), "no half-made environment is left"


def test_no_browser(tmp_path):
    done, _ = run_probe(tmp_path, SCOPED_CHECK, env={"KIT_CHROMIUM": "/nonexistent/chromium"})
    assert done.returncode == exit_codes.NO_BROWSER, done.stdout[-2000:]
    assert "KIT_CHROMIUM=/nonexistent/chromium is not an executable file" in done.stdout + done.stderr


def test_taken_port_is_tried_again(tmp_path, monkeypatch):
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        taken = held.getsockname()[1]
        ports = iter([taken])
        monkeypatch.setattr(server, "free_port", lambda: next(ports, None) or _free())
        started = server.StreamlitServer(server.DISPATCH_APP, tmp_path).start()
        try:
            assert started.port != taken and started.process.poll() is None
        finally:
            started.stop()


def test_no_free_port_is_one_line_with_its_exit_status(tmp_path, monkeypatch):
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        monkeypatch.setattr(server, "free_port", lambda: held.getsockname()[1])
        with pytest.raises(server.ServerError) as raised:
            server.StreamlitServer(server.DISPATCH_APP, tmp_path).start()
    assert raised.value.exit_code == exit_codes.PORT_TAKEN
    assert str(raised.value).splitlines()[0].startswith("no free port for the dispatch_app.py server")


def _free() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_app_that_crashes_on_start(tmp_path):
    crashing = tmp_path / "crashing_app.py"
    crashing.write_text("raise ValueError('the app broke on purpose')\n")
    done, data = run_probe(tmp_path, SCOPED_CHECK, "--kit-swap", f"scoped_rerun={crashing}")
    check = data["checks"][0]
    assert done.returncode == exit_codes.APP_CRASHED, done.stdout[-2000:]
    assert check["verdict"] == "error"
    assert check["message"] == "scoped_rerun failed on its first run: ValueError: the app broke on purpose"


def test_server_that_never_becomes_healthy(tmp_path):
    fake = tmp_path / "python"  # answers the kit's question about its Streamlit, then hangs as a server
    fake.write_text(
        f'#!/bin/sh\ncase "$2" in run) echo "fake server: hanging"; exec sleep 600;; esac\nexec {sys.executable} "$@"\n'
    )
    fake.chmod(0o755)
    done, data = run_probe(tmp_path, SCOPED_CHECK, f"--kit-python={fake}", env={"KIT_SERVER_START_TIMEOUT": "3"})
    check = data["checks"][0]
    assert done.returncode == exit_codes.SERVER_UNHEALTHY, done.stdout[-2000:]
    assert check["verdict"] == "error"
    assert check["message"] == "the Streamlit server for dispatch_app.py was not healthy within 3 s; its log ends:"
    assert "fake server: hanging" in done.stdout, "the log tail is shown"


def test_browser_that_dies_mid_check(tmp_path):
    done, data = run_probe(
        tmp_path,
        """
        import os, subprocess
        import pytest
        APP = "scoped_rerun"

        @pytest.mark.clause("SCOPE-01")
        def test_a_browser_killed(app, check):
            subprocess.run(["pkill", "-KILL", "-f", "user-data-dir=" + os.environ["TMPDIR"]])
            app.click("Fragment button")

        @pytest.mark.clause("SCOPE-01")
        def test_b_next_check_gets_a_new_browser(app, check):
            assert app.markers()["FULL"] == 1
    """,
    )
    got = {c["id"].split("::")[-1]: c for c in data["checks"]}
    assert done.returncode == exit_codes.BROWSER_DIED, done.stdout[-2000:]
    assert got["test_a_browser_killed"]["verdict"] == "error"
    assert got["test_a_browser_killed"]["message"].startswith("the browser died during the check")
    assert got["test_b_next_check_gets_a_new_browser"]["verdict"] == "pass"


def test_unwritable_results_folder(tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--kit-results",
            str(tmp_path / "a-file" / "raw"),
            "spec/scoped_reruns/scoped_rerun/test_scoped_rerun.py",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == exit_codes.CANNOT_WRITE, done.stdout[-2000:]
    assert f"cannot write the results to {tmp_path / 'a-file' / 'raw'}" in done.stdout + done.stderr


@pytest.fixture
def full_disk(tmp_path):
    """A 64 KiB file system, nearly full (needs mount, as root on this machine kind)."""
    where = tmp_path / "small"
    where.mkdir()
    if (
        shutil.which("mount") is None
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(where)], capture_output=True
        ).returncode
        != 0
    ):
        pytest.skip("cannot mount a small file system here (needs root)")
    yield where
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


def test_full_disk_keeps_what_was_published(tmp_path, full_disk):
    raw = full_disk / "raw"
    raw.mkdir()
    published = raw / f"streamlit-{VERSION}.json"
    published.write_text(
        '{"schema": "streamlit-fragment-conformance/raw/1", "run": {"streamlit": "%s"}, "checks": []}\n' % VERSION
    )
    before = published.read_bytes()
    filler = full_disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"x" * 1024):
            pass
    except OSError:
        pass  # full
    finally:
        os.close(fd)
    os.truncate(filler, max(0, filler.stat().st_size - 1024))  # room to start, not to write the results
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--kit-results",
            str(raw),
            "spec/scoped_reruns/scoped_rerun/test_scoped_rerun.py",
            "-k",
            "only_the_fragment",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == exit_codes.CANNOT_WRITE, done.stdout[-2000:]
    assert "kit: error: could not write the results: No space left on device" in done.stdout
    assert published.read_bytes() == before, "the results published before are intact"
    assert not list(raw.glob(".*.tmp")), "no half-written file is left"
