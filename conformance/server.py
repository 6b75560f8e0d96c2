"""Start and stop `streamlit run` servers on 127.0.0.1."""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from conformance import exit_codes

HEALTH_PATH = "/_stcore/health"
_PR_SET_PDEATHSIG = 1
START_TIMEOUT_S = 60.0
PORT_ATTEMPTS = 3


SERVE = Path(__file__).resolve().parent / "dispatch" / "serve.py"  # `streamlit`, with its own objects frozen
SAID_FROZEN, SAID_NOT_FROZEN = "kit: server objects frozen", "kit: server objects not frozen"


class ServerError(exit_codes.HarnessError):
    exit_code = exit_codes.SERVER_UNHEALTHY


def kill_ends_as_ctrl_c() -> None:
    """From now on `kill` (SIGTERM) ends this process as Ctrl-C does, so its cleanup (servers, browsers,
    child runs) runs."""
    signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)


def _raise_keyboard_interrupt(signum, frame):
    raise KeyboardInterrupt


def die_with_parent() -> None:
    """In the child before exec: end with the process that started it (Linux), even if that one is killed
    outright, so that no server outlives an interrupted run."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {**os.environ, **(extra or {})}
    # Writing .pyc files makes every later start of the same environment about 1 s faster.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # A private HOME keeps the user's ~/.streamlit/config.toml and credentials out of the run.
    env["HOME"] = str(home)
    env["STREAMLIT_BROWSER_GATHER_USAGE_STATS"] = "false"
    return env


class StreamlitServer:
    def __init__(
        self,
        script: Path,
        workdir: Path,
        python: str = sys.executable,
        env: dict[str, str] | None = None,
        name: str | None = None,
        options: tuple[str, ...] = (),
    ):
        self.script = Path(script).resolve()
        self.workdir = workdir
        self.python = python
        self.env = env or {}
        self.options = tuple(options)  # more `streamlit run` options, e.g. ("--runner.fastReruns", "false")
        self.port: int | None = None
        self.process: subprocess.Popen | None = None
        self.log_path = workdir / f"{name or self.script.stem}.log"
        self._start_offset = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def command(self, port: int) -> list[str]:
        return [
            self.python,
            str(SERVE),
            "run",
            str(self.script),
            "--server.headless",
            "true",
            "--server.address",
            "127.0.0.1",
            "--server.port",
            str(port),
            "--server.fileWatcherType",
            "none",
            "--server.runOnSave",
            "false",
            "--browser.gatherUsageStats",
            "false",
            "--global.developmentMode",
            "false",
            *self.options,
        ]

    def start(self, timeout: float | None = None, port: int | None = None) -> "StreamlitServer":
        """Start the server, on `port` if given (else on a free one), and wait until it is healthy. Its log
        goes on after an earlier start's, so that offsets into it stay valid."""
        timeout = timeout or float(os.environ.get("KIT_SERVER_START_TIMEOUT", START_TIMEOUT_S))
        if not self.script.is_file():
            raise ServerError(f"fixture app not found: {self.script}")
        home = self.workdir / "home"
        home.mkdir(parents=True, exist_ok=True)
        for _ in range(PORT_ATTEMPTS):
            self.port = port or free_port()
            self._start_offset = self.log_size()
            with open(self.log_path, "ab") as log:
                self.process = subprocess.Popen(
                    self.command(self.port),
                    cwd=self.script.parent,
                    env=server_env(home, self.env),
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,  # Ctrl-C in a terminal is for the harness, which stops servers itself
                    preexec_fn=die_with_parent,
                )
            if self._wait_healthy(timeout):
                return self
            if not self._port_was_taken():
                break
        taken = self._port_was_taken()
        tail = self.log_tail(12)
        exited = self.process.poll() if self.process else None
        self.stop()
        if taken:
            raise ServerError(
                f"no free port for the {self.script.name} server after {PORT_ATTEMPTS} tries\n{tail}",
                exit_codes.PORT_TAKEN,
            )
        why = f"exited with status {exited}" if exited is not None else f"was not healthy within {timeout:.0f} s"
        raise ServerError(
            f"the Streamlit server for {self.script.name} {why}; its log ends:\n{tail}", exit_codes.SERVER_UNHEALTHY
        )

    def _port_was_taken(self) -> bool:
        text = self.log_since(self._start_offset)
        return any(said in text.lower() for said in ("is already in use", "address already in use", "is not available"))

    def _wait_healthy(self, timeout: float) -> bool:
        """Healthy: the health endpoint says ok, and the server has said whether it froze its objects (which it
        does before the first session, so no check's session can start before that)."""
        deadline = time.monotonic() + timeout
        healthy = False
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            if not healthy:
                try:
                    with urllib.request.urlopen(self.url.rstrip("/") + HEALTH_PATH, timeout=2) as resp:
                        healthy = resp.read().strip() == b"ok"
                except OSError:
                    pass
            if healthy and self._said_frozen():
                return True
            time.sleep(0.02)  # sleep: the polling interval of a health probe, not a wait in a check
        return False

    def _said_frozen(self) -> bool:
        text = self.log_since(self._start_offset)
        return SAID_FROZEN in text or SAID_NOT_FROZEN in text

    def log_size(self) -> int:
        try:
            return self.log_path.stat().st_size
        except FileNotFoundError:
            return 0

    def log_since(self, offset: int) -> str:
        """What the server logged from byte `offset` on."""
        try:
            with open(self.log_path, "rb") as log:
                log.seek(offset)
                return log.read().decode("utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def restart(self, timeout: float | None = None) -> int:
        """Stop the server and start it again on the same port: a new process, which knows none of the old
        sessions, as after a deploy or a crash. Returns the new process id."""
        port = self.port
        self.stop()
        self.start(timeout, port=port)
        return self.process.pid

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


DISPATCH_APP = Path(__file__).resolve().parent / "dispatch" / "dispatch_app.py"


def app_url(server: StreamlitServer, app: Path) -> str:
    """Where `app` is served: the server's root if it is its main script, else through the dispatch app."""
    if server.script == DISPATCH_APP:
        return f"{server.url}?app={urllib.parse.quote(str(Path(app).resolve()))}"
    return server.url


class ServerPool:
    """Servers shared by the checks of one worker, started on first use.

    Apps are served by one dispatch server per Python (that is, per Streamlit build), which runs the app the
    URL names; an app with pages of its own gets a server of its own. At most MAX_LIVE servers run at once:
    the least recently used one is stopped to make room.
    """

    MAX_LIVE = 4

    def __init__(self, workdir: Path, app_roots: list[Path], one_server_per_app: bool = False):
        self.workdir = workdir
        self.app_roots = [str(Path(r).resolve()) for r in app_roots]
        self.one_server_per_app = one_server_per_app
        self.servers: dict[tuple, StreamlitServer] = {}
        self.started = 0

    def get(
        self, app: Path, python: str = sys.executable, own_server: bool = False, options: tuple[str, ...] = ()
    ) -> StreamlitServer:
        """The server for `app`; `options` (more `streamlit run` options) get a server of their own."""
        app = Path(app).resolve()
        script = app if (own_server or self.one_server_per_app) else DISPATCH_APP
        key = (python, script, tuple(options))
        server = self.servers.pop(key, None)
        if server is None or server.process is None or server.process.poll() is not None:
            self._make_room()
            self.started += 1
            workdir = self.workdir / f"{self.started:03d}-{script.stem}"
            workdir.mkdir(parents=True, exist_ok=True)
            server = StreamlitServer(
                script, workdir, python=python, options=options, env={"KIT_APP_ROOTS": os.pathsep.join(self.app_roots)}
            ).start()
        self.servers[key] = server  # the most recently used last
        return server

    def retire(self, server: StreamlitServer) -> None:
        """Stop a server a check has changed (restarted): the next check gets one that started with it."""
        for key, kept in list(self.servers.items()):
            if kept is server:
                del self.servers[key]
        server.stop()

    def _make_room(self) -> None:
        while len(self.servers) >= self.MAX_LIVE:
            oldest = next(iter(self.servers))
            self.servers.pop(oldest).stop()

    def stop_all(self) -> None:
        for server in self.servers.values():
            server.stop()
        self.servers.clear()
