"""One browser page per worker, navigated afresh for every check.

Every check still gets a new document and so a new Streamlit session (a page load opens a new websocket,
and the server starts a new session for it). What the page keeps across a navigation is cleared before the
next check: cookies, the origin's localStorage and sessionStorage, and a viewport a check changed. A check
that added an init script leaves a page that is closed afterwards, not reused.

Why: a new browser context and page costs about 2.5 CPU-seconds here, a navigation of a live page about
0.5 (the renderer process and its compiled code for the Streamlit bundle are kept).

A browser that died (crashed, or was killed) is launched again for the next check.
"""

from __future__ import annotations

from typing import Callable

from playwright.sync_api import Browser, BrowserContext, Page
from playwright.sync_api import Error as PlaywrightError

from conformance.page_scripts import function


class PageReuse:
    def __init__(
        self,
        launch: Callable[[], Browser],
        context_args: dict,
        fresh_each_check: bool = False,
        browser_name: str = "chromium",
    ):
        self.launch = launch
        self.browser: Browser | None = None
        self.context_args = dict(context_args)
        self.fresh_each_check = fresh_each_check
        self.context: BrowserContext | None = None
        self.page: Page | None = None
        self.tainted = False
        self.browser_name = browser_name  # what the results call it, with its version

    def acquire(self) -> Page:
        """A page ready for a new check: fresh (first use, after a crash, after a tainting check) or cleaned."""
        if self.page is not None and not self.page.is_closed() and not self.tainted:
            try:
                self.page.evaluate(function("clear_storage"))
                self.context.clear_cookies()
                # the last check's app is still running in this page: unload it before the next check starts
                # listening, or what that document does meanwhile (a page error of its ticking chart) is
                # counted against the next check
                self.page.goto("about:blank")
                viewport = self.context_args.get("viewport")
                if viewport and self.page.viewport_size != viewport:
                    self.page.set_viewport_size(viewport)
                return self.page
            except PlaywrightError:
                pass  # the page or its browser broke: start over
        self.discard()
        if self.browser is None or not self.browser.is_connected():
            self.browser = self.launch()
        self.context = self.browser.new_context(**self.context_args)
        self.page = self.context.new_page()
        self.tainted = False
        return self.page

    def release(self) -> None:
        """The check is over; its page is kept for the next one unless it cannot be reused."""
        if self.fresh_each_check or self.tainted:
            self.discard()

    def browser_died(self) -> bool:
        return self.browser is not None and not self.browser.is_connected()

    def taint(self) -> None:
        """The running check changed the page in a way a navigation does not undo (an init script)."""
        self.tainted = True

    def discard(self) -> None:
        context, self.context, self.page = self.context, None, None
        if context is not None:
            try:
                context.close()
            except PlaywrightError:
                pass

    def close(self) -> None:
        self.discard()
        if self.browser is not None and self.browser.is_connected():
            self.browser.close()
