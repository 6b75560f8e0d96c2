"""Each run's own HOME and TMPDIR, removed when the run ends.

The browser, Playwright and the servers write their profiles, crash reports, caches and temporary files
there, never in the user's HOME or the system's temporary folder, and the user's ~/.streamlit/config.toml
is not read. Playwright's own browsers are still found where the user installed them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

_SAVED = ("HOME", "TMPDIR", "PLAYWRIGHT_BROWSERS_PATH")
# Chromium puts a Unix socket in TMPDIR, and such a path must fit in 108 bytes: a longer temporary folder
# (a test's own tmp_path, say) is not used as the parent.
_MAX_PARENT = 48


def _parent() -> str | None:
    system = tempfile.gettempdir()
    return system if len(system) <= _MAX_PARENT else ("/tmp" if os.path.isdir("/tmp") else None)


class RunDir:
    def __init__(self) -> None:
        self.path = Path(tempfile.mkdtemp(prefix="kit-run-", dir=_parent()))
        self.home = self.path / "home"
        self.tmp = self.path / "tmp"
        self.home.mkdir()
        self.tmp.mkdir()
        self._saved: dict[str, str | None] = {}

    def enter(self) -> "RunDir":
        self._saved = {name: os.environ.get(name) for name in _SAVED}
        os.environ.setdefault("PLAYWRIGHT_BROWSERS_PATH", str(Path.home() / ".cache" / "ms-playwright"))
        os.environ["HOME"] = str(self.home)
        os.environ["TMPDIR"] = str(self.tmp)
        tempfile.tempdir = None  # forget the cached system folder
        return self

    def leave(self) -> None:
        for name, value in self._saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        tempfile.tempdir = None
        shutil.rmtree(self.path, ignore_errors=True)
