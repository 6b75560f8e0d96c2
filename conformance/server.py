"""Start and stop `streamlit run` servers on 127.0.0.1."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HEALTH_PATH = "/_stcore/health"
START_TIMEOUT_S = 60.0
PORT_ATTEMPTS = 3


class ServerError(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    # Writing .pyc files makes every later start of the same environment about 1 s faster.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # A private HOME keeps the user's ~/.streamlit/config.toml and credentials out of the run.
    env["HOME"] = str(home)
    env["STREAMLIT_BROWSER_GATHER_USAGE_STATS"] = "false"
    return env


class StreamlitServer:
    def __init__(self, script: Path, workdir: Path, python: str = sys.executable):
        self.script = Path(script).resolve()
        self.workdir = workdir
        self.python = python
        self.port: int | None = None
        self.process: subprocess.Popen | None = None
        self.log_path = workdir / f"{self.script.stem}.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def command(self, port: int) -> list[str]:
        return [
            self.python, "-m", "streamlit", "run", str(self.script),
            "--server.headless", "true",
            "--server.address", "127.0.0.1",
            "--server.port", str(port),
            "--server.fileWatcherType", "none",
            "--server.runOnSave", "false",
            "--browser.gatherUsageStats", "false",
            "--global.developmentMode", "false",
        ]

    def start(self, timeout: float = START_TIMEOUT_S) -> "StreamlitServer":
        if not self.script.is_file():
            raise ServerError(f"fixture app not found: {self.script}")
        home = self.workdir / "home"
        home.mkdir(parents=True, exist_ok=True)
        for _ in range(PORT_ATTEMPTS):
            self.port = free_port()
            with open(self.log_path, "wb") as log:
                self.process = subprocess.Popen(
                    self.command(self.port),
                    cwd=self.script.parent,
                    env=server_env(home),
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            if self._wait_healthy(timeout):
                return self
            if "is already in use" not in self.log_tail():
                break
        tail = self.log_tail()
        self.stop()
        raise ServerError(f"streamlit server for {self.script.name} did not become healthy\n{tail}")

    def _wait_healthy(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(self.url.rstrip("/") + HEALTH_PATH, timeout=2) as resp:
                    if resp.read().strip() == b"ok":
                        return True
            except OSError:
                pass
            time.sleep(0.02)  # polling interval of a health probe, not a wait for an app state  # noqa: sleep (an app or a health poll, not a check)
        return False

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        proc, self.process = self.process, None
        if proc is None or proc.poll() is not None:
            return
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=5)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait(timeout=5)


class ServerPool:
    """One server per fixture app, started on first use and shared by the checks of one worker."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.servers: dict[Path, StreamlitServer] = {}

    def get(self, script: Path) -> StreamlitServer:
        script = Path(script).resolve()
        server = self.servers.get(script)
        if server is None or server.process is None or server.process.poll() is not None:
            server = StreamlitServer(script, self.workdir).start()
            self.servers[script] = server
        return server

    def stop_all(self) -> None:
        for server in self.servers.values():
            server.stop()
        self.servers.clear()
