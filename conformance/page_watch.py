"""What the page reports while a check runs, whatever the check looks at: uncaught errors, console errors and
requests the app's server answered with an error. The harness keeps it with every check (no extra page load);
the invariants of the INV area are judged from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.sync_api import ConsoleMessage, Page

from conformance.page_scripts import function

TEXT_LIMIT = 300  # characters kept of one message
KEPT = 20  # messages kept of each kind (the count goes on)


def _short(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 3] + "..."


@dataclass
class PageReport:
    page_errors: list[str] = field(default_factory=list)  # uncaught exceptions in the page
    console_errors: list[str] = field(default_factory=list)  # console.error calls (and the browser's own errors)
    failed_requests: list[str] = field(default_factory=list)  # "404 /media/x.png": the app's server said no
    counts: dict = field(default_factory=lambda: {"page_errors": 0, "console_errors": 0, "failed_requests": 0})

    def add(self, kind: str, text: str) -> None:
        self.counts[kind] += 1
        kept = getattr(self, kind)
        if len(kept) < KEPT:
            kept.append(_short(text))

    @property
    def clean(self) -> bool:
        return not any(self.counts.values())

    def describe(self) -> str:
        """One line: what broke, the first of each kind."""
        parts = [
            f"{n} {kind.replace('_', ' ')} (first: {getattr(self, kind)[0]})" for kind, n in self.counts.items() if n
        ]
        return "; ".join(parts) or "nothing"

    def as_dict(self) -> dict:
        return {
            "page_errors": self.page_errors,
            "console_errors": self.console_errors,
            "failed_requests": self.failed_requests,
            "counts": dict(self.counts),
        }


# Invariant clause -> whether a check's page report keeps it.
INVARIANTS = {"INV-01": lambda report: report.clean}


class PageWatch:
    """Listens to one page from construction until `stop()` (the page is reused by the next check)."""

    def __init__(self, page: Page, server_url: str):
        self.page = page
        self.origin = "{0.scheme}://{0.netloc}".format(urlsplit(server_url))
        self.report = PageReport()
        self._handlers = {"pageerror": self._on_page_error, "console": self._on_console}
        for event, handler in self._handlers.items():
            page.on(event, handler)

    def _on_page_error(self, error) -> None:
        self.report.add("page_errors", f"{getattr(error, 'name', 'Error')}: {getattr(error, 'message', error)}")

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            where = (message.location or {}).get("url", "")
            self.report.add("console_errors", message.text + (f" ({where})" if where else ""))

    def stop(self) -> PageReport:
        """Stop listening, after reading the requests the server refused (while the check's page is still open)."""
        try:
            for failed in self.page.evaluate(function("failed_requests"), self.origin):
                self.report.add("failed_requests", failed)
        except Exception:  # a page that died or navigated away has no resource timing left to read
            pass
        for event, handler in self._handlers.items():
            try:
                self.page.remove_listener(event, handler)
            except Exception:  # a closed page has no listeners left to remove
                pass
        return self.report
