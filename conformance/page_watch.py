"""What the page shows and reports while a check runs, whatever the check looks at. The harness keeps it with
every check (no extra page load); the invariants of the INV area are judged from it:

- INV-01: uncaught page errors and console errors, through Playwright's listeners (except the line the browser
  logs for a request the app's server refused, which INV-04 counts);
- INV-02: what a fragment run changed outside the fragments that ran, from the page's inventory each time the app
  settles (LiveApp's waits for an idle app bring it along);
- INV-03: elements still stale once the app has settled and stayed idle;
- INV-04: requests the app's server refused (read once at the end from resource timing), images that did not
  load, and media the page last showed that the server no longer serves (asked for again at the end);
- INV-05: a widget shown twice (a copy left over from an earlier run beside its redraw).
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.sync_api import ConsoleMessage, Page

from conformance.page_scripts import function

TEXT_LIMIT = 300  # characters kept of one message
MEDIA_LIMIT = 120  # characters of a media source compared and kept (data: URLs run to kilobytes)
KEPT = 20  # messages kept of each kind (the count goes on)
STALE_GRACE_MS = 1500  # how long an idle app may take to clear its stale elements
LOADING_LIMIT_MS = 5000  # how long the page may take to load the code that draws its elements
REFUSED_LOG = "Failed to load resource: the server responded with a status of"
MEDIA_TIMEOUT_MS = 5000  # how long the server may take to serve a media file the page shows

# What the watch can find, and the invariant each finding breaks.
FINDINGS = {
    "page_errors": "INV-01",  # uncaught exceptions in the page
    "console_errors": "INV-01",  # console.error calls (and the browser's own errors)
    "outside_changes": "INV-02",  # "vanished: stText 'X=1'": a fragment run changed something outside it
    "stale_when_idle": "INV-03",  # an element still faded once the app is idle
    "failed_requests": "INV-04",  # "404 /media/x.png": the app's server said no
    "broken_media": "INV-04",  # an image the page shows that did not load
    "shown_twice": "INV-05",  # a widget id drawn by two elements at once
}
INVARIANTS = sorted(set(FINDINGS.values()))


def _short(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 3] + "..."


@dataclass
class PageReport:
    found: dict = field(default_factory=lambda: {kind: [] for kind in FINDINGS})
    counts: dict = field(default_factory=lambda: {kind: 0 for kind in FINDINGS})
    settled: int = 0  # inventories taken (each time the app settled)
    fragment_runs: int = 0  # settlings after fragment runs only, judged for INV-02

    def add(self, kind: str, text: str) -> None:
        self.counts[kind] += 1
        if len(self.found[kind]) < KEPT:
            self.found[kind].append(_short(text))

    def _kinds(self, invariant: str) -> list[str]:
        return [kind for kind, cid in FINDINGS.items() if cid == invariant]

    def keeps(self, invariant: str) -> bool:
        return not any(self.counts[kind] for kind in self._kinds(invariant))

    def describe(self, invariant: str) -> str:
        """One line: what broke the invariant, the first of each kind."""
        parts = [
            f"{self.counts[kind]} {kind.replace('_', ' ')} (first: {self.found[kind][0]})"
            for kind in self._kinds(invariant)
            if self.counts[kind]
        ]
        return "; ".join(parts) or "nothing"

    def as_dict(self, invariant: str) -> dict:
        """What the watch saw that bears on one invariant."""
        seen = {kind: self.found[kind] for kind in self._kinds(invariant)}
        seen["counts"] = {kind: self.counts[kind] for kind in self._kinds(invariant)}
        if invariant == "INV-02":
            seen["fragment_runs_judged"] = self.fragment_runs
        if invariant in ("INV-03", "INV-05"):
            seen["settled"] = self.settled
        return seen


def _look(element: dict) -> str:
    """An element as a user sees it: its kind, its text and the media it shows."""
    media = f" [{' '.join(src[:MEDIA_LIMIT] for src in element['media'])}]" if element["media"] else ""
    return f"{element['kind']} {element['text']!r}{media}"


def outside_changes(before: list[dict], after: list[dict]) -> tuple[bool, list[str]]:
    """Whether the runs between two inventories were fragment runs only, and if so what changed outside the
    fragments that ran: elements that vanished, appeared or changed, written by the main script or by a fragment
    that did not run. A fragment ran when an element it wrote comes from a run that had not drawn for it in the
    first inventory (one script run can run several fragments, one after another)."""
    if any(e["scope"] is None for e in before + after):
        return False, []  # a release that hides which fragment wrote what: not judged
    earlier = {(e["run"], e["scope"]) for e in before}
    seen = {(e["run"], e["scope"], _look(e)) for e in before}
    # a fragment run may still be drawing when the page first says it is idle (between the fragments it runs)
    runs = {e["run"] for e in before if e["scope"]} - {e["run"] for e in before if not e["scope"]}
    # drawn since: by a run the first inventory had not seen drawing there, or by a fragment run it had seen
    # that drew more
    drawn = [
        e
        for e in after
        if (e["run"], e["scope"]) not in earlier or (e["run"] in runs and (e["run"], e["scope"], _look(e)) not in seen)
    ]
    if not drawn or any(e["scope"] == "" for e in drawn):
        return False, []  # no run drew anything, or the main script ran: a full run may change anything
    ran = {e["scope"] for e in drawn}
    # A fragment none of whose elements are left may have been dropped by its parent fragment, which ran (the
    # page does not say which fragment holds which): only the main script's elements and those of fragments
    # still showing are judged.
    showing = {e["scope"] for e in after} | {""}
    old = [_look(e) for e in before if e["scope"] not in ran and e["scope"] in showing]
    new = [_look(e) for e in after if e["scope"] not in ran]
    changes = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            changes += [f"vanished: {x}" for x in old[i1:i2]]
        if op in ("insert", "replace"):
            changes += [f"appeared: {x}" for x in new[j1:j2]]
    return True, changes


class PageWatch:
    """Listens to one page from construction until `stop()` (the page is reused by the next check)."""

    def __init__(self, page: Page, server_url: str):
        self.page = page
        self.origin = "{0.scheme}://{0.netloc}".format(urlsplit(server_url))
        self.report = PageReport()
        self._last: list[dict] | None = None
        self._handlers = {"pageerror": self._on_page_error, "console": self._on_console}
        for event, handler in self._handlers.items():
            page.on(event, handler)

    def _on_page_error(self, error) -> None:
        self.report.add("page_errors", f"{getattr(error, 'name', 'Error')}: {getattr(error, 'message', error)}")

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            where = (message.location or {}).get("url", "")
            if message.text.startswith(REFUSED_LOG) and where.startswith(self.origin + "/"):
                return  # the browser's own line for a request the server refused: INV-04 counts the request
            self.report.add("console_errors", message.text + (f" ({where})" if where else ""))

    def settled(self, inventory: list[dict]) -> None:
        """The app is idle, showing `inventory` (js/adapter.js): judge it, and what changed since the last one."""
        if any(e["loading"] for e in inventory):  # an element still shows a placeholder where its code loads
            inventory = self.page.evaluate(function("drawn_inventory"), LOADING_LIMIT_MS)
            if inventory is None:
                return  # a run began first: the next settling is judged instead
        self.report.settled += 1
        if self._last is not None:
            judged, changes = outside_changes(self._last, inventory)
            self.report.fragment_runs += judged
            for change in changes:
                self.report.add("outside_changes", change)
        self._last = inventory
        for src in {src for e in inventory for src in e["broken"]}:
            self.report.add("broken_media", f"image not loaded: {src}")
        widgets = Counter(e["widget"] for e in inventory if e["widget"])
        for widget, times in widgets.items():
            if times > 1:
                self.report.add("shown_twice", f"{widget} drawn {times} times")
        if any(e["stale"] for e in inventory):
            for text in self.page.evaluate(function("stale_when_idle"), STALE_GRACE_MS):
                self.report.add("stale_when_idle", text)

    def stop(self) -> PageReport:
        """Stop listening, after reading the requests the server refused and asking it again for the media the
        page last showed (while the check's page is still open)."""
        refused = set()
        try:
            refused = set(self.page.evaluate(function("failed_requests"), self.origin))
        except Exception:  # a page that died or navigated away has no resource timing left to read
            pass
        for failed in sorted(refused):
            self.report.add("failed_requests", failed)
        self._ask_for_shown_media(refused)
        for event, handler in self._handlers.items():
            try:
                self.page.remove_listener(event, handler)
            except Exception:  # a closed page has no listeners left to remove
                pass
        return self.report

    def _ask_for_shown_media(self, refused: set[str]) -> None:
        """A file the page shows must still be served: a release that drops it while it is on the page (a
        fragment run clearing the files of the main script) serves a broken page to the next redraw, the next
        download. Asked from outside the page, so that the page's console stays the app's own."""
        try:
            shown = self.page.evaluate(function("shown_media"), self.origin)
        except Exception:  # a page that died or navigated away shows nothing to ask about
            return
        for url in sorted(shown):
            path = url[len(self.origin) :]
            try:
                status = self.page.request.get(url, timeout=MEDIA_TIMEOUT_MS).status
            except Exception:  # a server already stopped says nothing about the release
                return
            if status >= 400 and f"{status} {path}" not in refused:
                self.report.add("failed_requests", f"{status} {path} (shown on the page, no longer served)")
