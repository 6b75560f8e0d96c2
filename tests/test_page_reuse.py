"""A page reused by the next check no longer runs the last check's document."""

from conformance.page_reuse import PageReuse
from conformance.page_watch import PageWatch

THROWS = "<script>setInterval(() => { throw new Error('the last check\\'s document') }, 5)</script>"


def test_the_next_check_does_not_hear_the_last_check_s_document(browser, tmp_path):
    last_app = tmp_path / "last.html"
    last_app.write_text(THROWS, encoding="utf-8")
    pages = PageReuse(lambda: browser, {})
    try:
        page = pages.acquire()
        with page.expect_event("pageerror"):
            page.goto(last_app.as_uri())
        pages.release()
        reused = pages.acquire()
        watch = PageWatch(reused, "http://127.0.0.1:1/")
        assert reused is page and reused.url == "about:blank", "the last document was unloaded"
        reused.evaluate("1")  # a round trip: whatever the page had sent before it has reached the watch
        assert watch.stop().as_dict("INV-01")["counts"] == {"page_errors": 0, "console_errors": 0}
    finally:
        pages.discard()
