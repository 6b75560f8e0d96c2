"""A fixture app open in a browser page: read its markers, act on it, wait for its runs to finish.

Fixture apps write markers (`NAME=value` lines). A wait is always on an observable condition: the expected
markers are shown AND the app reports the idle run state. A wait that times out does not raise: it returns
what was on screen, so that the check can record it and judge it.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from conformance import adapter
from conformance.page_scripts import function, init_script
from conformance.page_watch import PageWatch
from conformance.server import DISPATCH_APP

LOAD_TIMEOUT_MS = 45_000
ACTION_TIMEOUT_MS = 10_000
LOST_CLICK_TIMEOUT_MS = 20_000  # no full run this long after a click: the click was lost, not slow

_MARKER_RE = re.compile(r"(?:^|\s)([A-Z][A-Z0-9_]*)=(\S*)")


def parse_markers(text: str) -> "Snapshot":
    """The markers in a text (the same rule as MARKERS_JS in the browser)."""
    found: dict[str, list[str]] = {}
    for name, value in _MARKER_RE.findall(text):
        found.setdefault(name, []).append(value)
    return Snapshot(found)


class ActionBlocked(AssertionError):
    """A control the app always draws could not be used: judged as a failure of the behaviour under test."""


@dataclass
class Snapshot:
    """The markers on screen at one moment: name -> every value shown, in page order."""

    markers: dict[str, list[str]]
    timed_out: bool = False
    waited_s: float = 0.0
    extra: dict = field(default_factory=dict)

    def __getitem__(self, name: str):
        values = self.markers.get(name)
        if not values:
            return None
        last = values[-1]
        return int(last) if last.lstrip("-").isdigit() else last

    def all(self, name: str) -> list[str]:
        return list(self.markers.get(name, []))

    def as_dict(self) -> dict:
        """Each marker's value; a marker shown more than once gives the list of its values in page order."""
        data = {name: (self[name] if len(self.markers[name]) == 1 else self.all(name)) for name in sorted(self.markers)}
        if self.timed_out:
            data["timed_out"] = True
        return data


class LiveApp:
    def __init__(self, page: Page, url: str, on_init_script=None, server=None):
        self.page = page
        self.url = url
        self._on_init_script = on_init_script
        self._server = server
        self._log_offset = server.log_size() if server else 0
        self.lost_clicks: list[str] = []
        self._sockets: list | None = None  # the page's connections, when the harness carries them
        self.reconnected: bool | None = None  # after restart_server(): whether the page came back
        self.watch = PageWatch(page, url)  # what the page reports during the check, whatever the check reads

    def open(self, at_least: dict | None = None, **expected) -> Snapshot:
        """Load the app and wait for its first run to finish: the app is idle and shows `expected` and
        `at_least` (by default FULL=1 or more, the full-run counter every fixture app writes)."""
        self.page.goto(self.url, timeout=LOAD_TIMEOUT_MS, wait_until="domcontentloaded")
        if at_least is None and not expected:  # an app that fails before it writes FULL ends the wait at once
            return self.wait_for(timeout_ms=LOAD_TIMEOUT_MS, at_least={"FULL": 1}, crashed_without="FULL")
        return self.wait_for(timeout_ms=LOAD_TIMEOUT_MS, at_least=at_least or {}, **expected)

    def add_init_script(self, script: str) -> None:
        """Run `script` in every document this page loads from now on (the page is not reused afterwards)."""
        if self._on_init_script:
            self._on_init_script()
        self.page.add_init_script(script)

    def route_connection(self) -> None:
        """From the next load on, carry the page's connections to its server through the harness, so that
        `drop_connection()` can cut them and reconnections can be counted (the page is not reused afterwards).
        A check module that sets ROUTED_CONNECTION = True gets it before the app's first load."""
        if self._on_init_script:
            self._on_init_script()
        self._sockets = []
        self.page.route_web_socket(re.compile(r"/_stcore/stream$"), self._carry)

    def _carry(self, socket) -> None:
        self._sockets.append((socket, socket.connect_to_server()))

    def drop_connection(self) -> bool:
        """Cut the page's connection to its server at both ends, as a lost network would, and wait until the
        page has connected again by itself; False if it has not within the load timeout."""
        opened = self._connections()
        page_end, server_end = self._sockets[-1]
        page_end.close()
        server_end.close()
        return self._wait_connections(opened + 1)

    def restart_server(self) -> int:
        """Stop the app's server and start it again on the same port (a new process that knows none of the old
        sessions: a deploy or a crash), then wait until the page has connected to it by itself. Returns the new
        process id, which is what `os.getpid()` gives the app; `reconnected` says whether the page came back."""
        if self._server is None or self._server.script == DISPATCH_APP:
            raise RuntimeError("restart_server() needs the app's own server: set OWN_SERVER = True in the module")
        opened = self._connections()
        pid = self._server.restart()
        # The page opens a connection only once the server answers its health check, so a new one is the new server's.
        self.reconnected = self._wait_connections(opened + 1)
        return pid

    def _connections(self) -> int:
        if self._sockets is None:
            raise RuntimeError("set ROUTED_CONNECTION = True in the module (or call route_connection() before open())")
        return len(self._sockets)

    def _wait_connections(self, count: int) -> bool:
        deadline = time.monotonic() + LOAD_TIMEOUT_MS / 1000
        # The harness's own count, kept by the route's handler, which runs while Playwright waits on the page.
        while len(self._sockets) < count and time.monotonic() < deadline:
            self.page.wait_for_timeout(50)  # sleep: lets Playwright deliver the handler's call; ends on the count
        return len(self._sockets) >= count

    def server_log(self) -> str:
        """What the app's server logged since this check began (the server is this worker's alone)."""
        return self._server.log_since(self._log_offset) if self._server else ""

    def markers(self, root: str | None = None) -> Snapshot:
        return Snapshot(self.page.evaluate(function("markers"), root))

    def wait_for(
        self,
        *,
        root: str | None = None,
        at_least: dict | None = None,
        shown: dict | None = None,
        drawn: tuple[str, ...] = (),
        timeout_ms: int = ACTION_TIMEOUT_MS,
        idle: bool = True,
        crashed_without: str | None = None,
        **expected,
    ) -> Snapshot:
        """Wait until every marker in `expected` shows that value (its last occurrence), every marker in
        `at_least` is at least that number, every marker in `shown` has that value somewhere on the page,
        every marker in `drawn` is on the page with any value, and (with `idle`) the app is idle. With
        `crashed_without`, the wait also ends, timed out, once the app is idle showing an exception and no such
        marker."""
        started = time.monotonic()
        # The markers come from the same moment the condition was found true: a second read a moment later
        # could land in the next run while its elements are being redrawn (several timers ticking).
        args = [expected, at_least or {}, root, idle, shown or {}, list(drawn), timeout_ms, crashed_without]
        result = self.page.evaluate(function("wait"), args)
        snap = Snapshot(result["markers"], timed_out=not result["done"])
        snap.waited_s = round(time.monotonic() - started, 3)  # the wait alone, not the page watch's judging
        if result.get("inventory") is not None:
            self.watch.settled(result["inventory"])
        return snap

    def counter(self, name: str) -> int | None:
        """The counter marker `name` as the page shows it now, read when it is drawn: a marker of a fragment that
        is being redrawn (a fast timer) is briefly missing, and a plain read would give None."""
        snap = self.wait_for(at_least={name: 0}, idle=False)
        return None if snap.timed_out else snap[name]

    def wait_for_shown(self, **expected) -> Snapshot:
        """Wait until the markers show `expected`, whether or not a run is still going on."""
        return self.wait_for(idle=False, **expected)

    def stale_markers(self) -> set[str]:
        """Names of the markers whose elements the page currently marks stale."""
        names = self.page.evaluate(function("stale_markers"))
        return set(names)

    def button(self, name: str, within: str | None = None):
        scope = self.page.locator(within) if within else self.page
        return scope.get_by_role("button", name=name, exact=True)

    def click(self, name: str, within: str | None = None) -> None:
        """Click a button the fixture app always draws. If it cannot be clicked (missing, or covered by
        something the app should not be showing), that is what the app looks like: a failed expectation."""
        _click(self.button(name, within), f"the button {name!r}")

    def press(self, key: str) -> None:
        """Press a key on the page (Escape closes a dialog or a date picker, Tab leaves a field)."""
        self.page.keyboard.press(key)

    def fill(self, label: str, text: str) -> None:
        """Type `text` into the text field with this label, replacing what it held."""
        self.page.get_by_label(label).fill(text)

    def follow_link(self, name: str) -> None:
        """Click a link the app always draws (a page of a multipage app in the navigation); blocked as `click`."""
        _click(self.page.get_by_role("link", name=name, exact=True), f"the link {name!r}")

    def click_text(self, text: str) -> None:
        """Click the element showing exactly this text (a checkbox or radio label); blocked as `click`."""
        _click(self.page.get_by_text(text, exact=True), f"the text {text!r}")

    def is_checked(self, name: str) -> bool:
        return self.page.get_by_role("checkbox", name=name).is_checked()

    def click_for_run(self, name: str, attempts: int = 3, **at_least) -> Snapshot:
        """Click a button whose effect may safely happen twice (a rerun, a callback that sets a value) and wait
        until every counter in `at_least` reaches that value and the app is idle.

        With timers ticking on a busy machine a click can start no run at all (seen on 1.67: a fragment's
        button under three `run_every` fragments); a check must not judge what follows as the click's effect.
        A click that shows no run within LOST_CLICK_TIMEOUT_MS is made again, at most `attempts` in all, and
        recorded in `lost_clicks`. The snapshot is timed out when no click took effect.
        """
        for _ in range(attempts):
            self.click(name)
            snap = self.wait_for(at_least=at_least, timeout_ms=LOST_CLICK_TIMEOUT_MS, idle=False)
            if not snap.timed_out:
                whole = self.wait_for(at_least=at_least)  # and the rest of the run drawn, if it idles
                return snap if whole.timed_out else whole
            self.lost_clicks.append(f"{name}: no run")
        return snap

    def click_for_full_run(
        self,
        name: str,
        at_least: dict | None = None,
        attempts: int = 3,
        applied: dict | None = None,
        rerun: str = "Rerun app",
        **expected,
    ) -> Snapshot:
        """Click a main-script button and wait for the full run it asks for to show `expected`/`at_least`.

        With timers ticking on a busy machine, a click can have no effect, which checks of other clauses must
        not take for theirs; each such click is made again, at most `attempts` times in all, and recorded in
        `lost_clicks` (the harness adds them to what the check observed):
        - up to 1.62 the full run is lost when a fragment's auto-rerun request reaches the server before it
          has started (QUEUE-05, checked on its own): no full run begins after the click;
        - the full run happens but the button's callback has not run (seen on 1.45 and 1.57 when the click
          stopped a running fragment run): `applied` names the markers that show the callback's effect.
        When a lost full run's callback has run (its widget state reached the fragment run that took the full
        run's place), clicking again would undo it (a toggle): the app's `rerun` button (no callback) then asks
        for the full run instead. A slow full run is waited for, never asked for twice.
        """
        button = name
        for _ in range(attempts):
            full_before = self.counter("FULL") or 0
            self.wait_for(at_least={"FULL": 0})  # idle: the click does not stop a run on its way
            self.click(button)
            # not idle: with timers ticking the page may not be idle for long; the full run draws what is expected
            snap = self.wait_for(at_least=at_least, timeout_ms=LOST_CLICK_TIMEOUT_MS, idle=False, **expected)
            if not snap.timed_out:
                whole = self.wait_for(at_least=at_least, **expected)  # and the rest of the run drawn, if it idles
                return snap if whole.timed_out else whole
            full_ran = (self.counter("FULL") or 0) > full_before
            took = applied is None or not self.wait_for(idle=False, **applied).timed_out
            if full_ran and took:
                # the click did its work, only slowly (or with another outcome): let the check judge it
                return self.wait_for(at_least=at_least, **expected)
            self.lost_clicks.append(f"{button}: " + ("callback not run" if full_ran else "no full run"))
            button = rerun if took and not full_ran and applied else name
        return snap

    def barrier(self, drawn: tuple[str, ...] = ()) -> Snapshot:
        """A server round trip: every rerun requested before it has run when it returns.

        Clicks the app's Barrier fragment and waits for its counter to rise. Runs are processed one after
        another on the server, so a rerun that an earlier action queued by mistake shows up before this
        returns; that replaces a fixed settle time before negative assertions. The snapshot it returns has
        every marker in `drawn` on the page (a ticking fragment's markers are missing while it is redrawn).
        """
        before = self.markers()["BARRIER"] or 0
        self.click("Barrier")
        return self.wait_for(at_least={"BARRIER": before + 1}, drawn=drawn)

    def watch_insertions(self, selector: str) -> None:
        """Start counting elements matching `selector` that get inserted into the page from now on."""
        self.page.evaluate(function("watch_insertions"), selector)

    def insertions(self) -> int:
        return self.page.evaluate(function("insertions"))

    def watch_sent_messages(self) -> None:
        """Record every message the page sends its server from the next load on (an init script, so the page
        is not reused afterwards). The app's first run must be loaded again (`open()`) to be watched."""
        self.add_init_script(init_script("record_sent_messages"))

    def sent_messages(self, containing: str | None = "", since: int = 0) -> int:
        """How many messages the page sent from the `since`-th on whose bytes contain `containing` (an id the
        app showed; None, an id the app did not show, matches none); -1 when nothing is watched."""
        if containing is None:
            return 0
        return self.page.evaluate(function("count_sent_messages"), [containing, since])

    def exceptions(self) -> list[dict]:
        """Exceptions shown on the page, in page order: `error` (the class name; `shown_as` is how the page
        wrote it: newer releases qualify it, streamlit.errors.X), `message`, the last marker before it
        (`after`), `in_sidebar`, and the markers of the innermost layout block around it (`block_markers`)."""
        found = self.page.evaluate(function("exceptions"))
        return [{**e, "shown_as": e["error"], "error": e["error"].rsplit(".", 1)[-1]} for e in found]

    def count(self, selector: str) -> int:
        return self.page.locator(selector).count()

    def dialog_shown(self, shown: bool = True, timeout_ms: int = ACTION_TIMEOUT_MS) -> bool:
        """Wait until a dialog is (or is no longer) on the page; False if that did not happen in time."""
        return self.wait_until_shown(adapter.DIALOG, shown, timeout_ms)

    def wait_until_shown(
        self, selector: str, shown: bool = True, timeout_ms: int = ACTION_TIMEOUT_MS, or_button: str | None = None
    ) -> bool:
        """Wait until an element matching `selector` is (or, `shown` False, is no longer) on the page, or the
        button `or_button` is; False if neither happened in time (the check then judges what is there)."""
        try:
            if or_button is not None:
                self.button(or_button).or_(self.page.locator(selector)).first.wait_for(timeout=timeout_ms)
            else:
                self.page.wait_for_function(
                    function("element_shown"), arg=[selector, shown], timeout=timeout_ms, polling="raf"
                )
        except PlaywrightError:
            return False
        return True

    def marker_sequence(self, names=None, root: str | None = None) -> list[str]:
        """The markers (those with these names, if given), `NAME=value`, in page order (a column before the
        next), on the whole page or inside `root`."""
        found = self.page.evaluate(function("marker_sequence"), root)
        return [m for m in found if names is None or m.split("=")[0] in names]

    def in_block_of(self, selector: str, marker: str) -> list[bool] | None:
        """For each element matching `selector`: is it inside the layout block that shows `marker`? (None when
        the marker is not shown.)"""
        return self.page.evaluate(function("in_block_of"), [selector, marker])

    def marker_names(self, root: str | None = None) -> list[str]:
        """The names of the markers on the page (or inside `root`), in page order (a column before the next)."""
        return [m.split("=", 1)[0] for m in self.marker_sequence(root=root)]

    def texts(self, selector: str) -> list[str]:
        """The text of every element matching `selector`, in page order."""
        return self.page.locator(selector).all_inner_texts()

    def alerts(self, containing: str = "") -> list[dict]:
        """Alerts (st.warning, st.info, ...) whose text contains `containing`, in page order: the last marker
        before each (`after`) and the markers of the innermost layout block around it (`block_markers`)."""
        return self.page.evaluate(function("alerts"), containing)

    def settled_box(self, selector: str, timeout_ms: int = ACTION_TIMEOUT_MS) -> dict | None:
        """`left`, `right` and `width` of the element once it has stopped moving (a dialog slides in), or None."""
        try:
            return self.page.wait_for_function(
                function("settled_box"), arg=selector, timeout=timeout_ms, polling="raf"
            ).json_value()
        except PlaywrightError:
            return None

    def visible(self, selector: str) -> bool:
        """Whether the first element matching `selector` is visible."""
        return self.page.locator(selector).first.is_visible()

    def viewport_width(self) -> int:
        return self.page.viewport_size["width"]

    def enter_date(self, day: str) -> None:
        """Enter a day (YYYY/MM/DD) into the app's date input and commit it, whichever field the release draws."""
        fields = self.page.locator(f"{adapter.DATE_TEXT_FIELD}, {adapter.DATE_SEGMENT}")
        fields.first.wait_for(timeout=ACTION_TIMEOUT_MS)
        if self.page.locator(adapter.DATE_SEGMENT).count():
            for part, value in zip(("year", "month", "day"), day.split("/")):
                self.page.locator(f'{adapter.DATE_SEGMENT}[data-type="{part}"]').focus()
                self.page.keyboard.type(value)
            self.press("Tab")  # leaving the field commits the new date
        else:
            field = self.page.locator(adapter.DATE_TEXT_FIELD)
            field.fill(day)
            field.press("Enter")
        self.press("Escape")  # close the calendar some releases open; it may cover other buttons

    def record_run_states(self, markers: list[str]) -> None:
        """From the next load on, log every change of the app's run state with which of `markers` are shown (an
        init script: load the app again with `open()`; the page is not reused afterwards)."""
        self.add_init_script(init_script("record_run_states", list(markers)))

    def run_states(self) -> list[dict] | None:
        """The log `record_run_states` keeps: `state` and `shown` (marker name -> on screen), oldest first."""
        return self.page.evaluate(function("run_states"))

    def watch_marker(self, name: str) -> None:
        """From now on, note each new value of the counter marker `name` with the page's clock."""
        self.page.evaluate(function("watch_marker"), name)

    def marker_changes(self) -> list[list[float]]:
        """What `watch_marker` noted: [page time in ms, value] per change, oldest first."""
        return self.page.evaluate(function("marker_changes"))

    def record_frames(self) -> None:
        """From now on, keep every frame the page sends its server, tagged with a phase (first "ticks")."""
        self.page.evaluate(function("record_frames"))

    def frames_phase(self, phase: str) -> None:
        self.page.evaluate(function("frames_phase"), phase)

    def pick_frame(self, phase: str) -> dict:
        """Take the frame sent most often in `phase` as the one to replay: `sent_in_phase`, `copies`, `bytes`."""
        return self.page.evaluate(function("pick_frame"), phase)

    def replay_frame(self) -> None:
        """Send the picked frame again, on the page's own socket, as a late message of the page would arrive."""
        self.page.evaluate(function("replay_frame"))


def _click(locator, what: str) -> None:
    """Click a control the fixture app always draws; one that cannot be clicked (missing, covered by something
    the app should not be showing, or shown twice) is what the app looks like: ActionBlocked."""
    try:
        locator.click(timeout=ACTION_TIMEOUT_MS)
    except PlaywrightTimeout as exc:
        raise ActionBlocked(f"could not click {what}: {str(exc).splitlines()[0]}") from None
    except PlaywrightError as exc:
        if "strict mode violation" not in str(exc):
            raise
        raise ActionBlocked(f"could not click {what}: the page shows it {locator.count()} times") from None
