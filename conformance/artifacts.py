"""What is kept of a check that failed or errored, beside its raw results: a screenshot of the page, the
server log of the check, and one command that reruns just that check on that build.

    <results>/artifacts/<version>/<check>/screenshot.png, server.log, repro.txt

A check that passes later has its folder removed.
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

from playwright.sync_api import Error as PlaywrightError

SCREENSHOT_TIMEOUT_MS = 5_000


def folder(results_dir: Path, version: str, check_id: str) -> Path:
    return Path(results_dir) / "artifacts" / version / re.sub(r"[^A-Za-z0-9_.@-]+", "_", check_id)


def repro_command(build: str, nodeid: str) -> str:
    return f"./kit -s conformance-at -- {shlex.quote(build)} {shlex.quote(nodeid)}"


def capture(
    results_dir: Path, version: str, build: str, check_id: str, nodeid: str, page=None, server_log: str | None = None
) -> dict:
    where = folder(results_dir, version, check_id)
    shutil.rmtree(where, ignore_errors=True)
    where.mkdir(parents=True, exist_ok=True)
    kept = {"repro": repro_command(build, nodeid)}
    (where / "repro.txt").write_text(kept["repro"] + "\n", encoding="utf-8")
    if server_log is not None:
        (where / "server.log").write_text(server_log, encoding="utf-8")
        kept["server_log"] = str(where / "server.log")
    if page is not None:
        try:
            page.screenshot(path=str(where / "screenshot.png"), full_page=True, timeout=SCREENSHOT_TIMEOUT_MS)
            kept["screenshot"] = str(where / "screenshot.png")
        except PlaywrightError:
            pass  # the page is gone (the browser died): the log and the command remain
    return kept


def forget(results_dir: Path, version: str, check_id: str) -> None:
    shutil.rmtree(folder(results_dir, version, check_id), ignore_errors=True)
