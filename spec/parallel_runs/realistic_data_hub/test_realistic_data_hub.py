"""PAR-01, PAR-02, PAR-04, KEY-01, KEY-02 in a data hub built like a real one."""

import pytest

SHOWN = ("PRICES", "MARKETS", "TECH", "WEATHER_START", "TAIL")
PAGE_ORDER = (
    "SCRIPT_THREAD",
    "PRICES_START",
    "PRICES_END",
    "MARKETS_START",
    "TECH_END",
    "WEATHER_START",
    "MAIN_AT",
    "TAIL",
)


def _loaded(app):
    """The first full run with every section done (they sleep, so it is slow)."""
    return app.wait_for(at_least={"PRICES": 1, "MARKETS": 1, "TECH": 1, "TAIL": 1}, drawn=SHOWN)


@pytest.mark.clause("PAR-01")
def test_the_sections_load_side_by_side(app, check):
    loaded = _loaded(app)
    check.observe(loaded=loaded)
    assert loaded["PARALLEL"] == "present", "st.fragment has the `parallel` parameter"
    assert not loaded.timed_out, "every section loaded"
    assert loaded["PRICES_THREAD"] != loaded["SCRIPT_THREAD"], "the prices section ran off the script thread"
    assert loaded["SCRIPT_THREAD"] not in loaded.all("NEWS_THREAD"), "and so did the news sections"
    assert loaded["MAIN_AT"] < loaded["PRICES_END"], "the main script went on while prices still loaded"
    windows = {name: (loaded[f"{name}_START"], loaded[f"{name}_END"]) for name in ("PRICES", "MARKETS", "TECH")}
    check.observe(windows_ms=windows)
    prices_start, prices_end = windows["PRICES"]
    assert all(start < prices_end and prices_start < end for start, end in windows.values()), (
        "both news topics loaded while prices loaded (their time windows overlap)"
    )
    order = [name for name in app.marker_names() if name in PAGE_ORDER]
    check.observe(order=order)
    assert order == list(PAGE_ORDER), "each section's output sits at its call site, in its column"


@pytest.mark.clause("PAR-02")
def test_refreshing_prices_reruns_that_section_alone_on_the_script_thread(app, check):
    loaded = _loaded(app)
    app.click("Refresh prices")
    refreshed = app.wait_for(at_least={"PRICES": loaded["PRICES"] + 1}, drawn=SHOWN)
    settled = app.barrier(drawn=SHOWN)
    errors = app.exceptions()
    check.observe(loaded=loaded, refreshed=refreshed, settled=settled, exceptions=errors)
    assert not refreshed.timed_out, "the button reran the prices section"
    assert refreshed["PRICES_THREAD"] == refreshed["SCRIPT_THREAD"], "on the script thread"
    assert settled["PRICES"] == loaded["PRICES"] + 1, "once"
    assert (settled["MARKETS"], settled["TECH"], settled["FULL"], settled["TAIL"]) == (
        loaded["MARKETS"],
        loaded["TECH"],
        loaded["FULL"],
        loaded["TAIL"],
    ), "nothing else ran"
    assert [e["message"] for e in errors] == ["kit-source-down"], "the weather section still shows its error, once"


@pytest.mark.clause("PAR-04")
def test_a_failing_source_shows_its_error_in_its_section_and_the_page_goes_on(app, check):
    loaded = _loaded(app)
    errors = app.exceptions()
    check.observe(loaded=loaded, exceptions=errors)
    assert not loaded.timed_out, "the other sections and the rest of the page ran"
    assert [(e["error"], e["message"]) for e in errors] == [("ConnectionError", "kit-source-down")], (
        "the failing section's exception is shown once"
    )
    assert "WEATHER_START" in errors[0]["block_markers"], "inside the failing section's column"
    assert loaded["TAIL"] == 1 and loaded["BARRIER"] == 1, "the page after the sections was drawn"


@pytest.mark.clause("KEY-01")
def test_one_keyed_function_reruns_per_call_site_and_by_its_key_together(app, check):
    loaded = _loaded(app)
    app.click("More markets news")
    one = app.wait_for(MARKETS=loaded["MARKETS"] + 1, drawn=SHOWN)
    app.click("Refresh prices and news")
    both = app.wait_for(MARKETS=loaded["MARKETS"] + 2, TECH=loaded["TECH"] + 1, drawn=SHOWN)
    check.observe(loaded=loaded, one=one, both=both)
    assert loaded["KEYS"] == "present", "fragments take a key"
    assert not one.timed_out and one["TECH"] == loaded["TECH"], "a widget in one call site reruns that call site"
    assert not both.timed_out, "rerunning the key reran both call sites of the news function"
    assert both["FULL"] == loaded["FULL"], "none of it reran the app"


@pytest.mark.clause("KEY-02")
def test_the_sidebar_refresh_reruns_the_named_sections_only(app, check):
    loaded = _loaded(app)
    app.click("Refresh prices and news")
    refreshed = app.wait_for(PRICES=loaded["PRICES"] + 1, MARKETS=loaded["MARKETS"] + 1, drawn=SHOWN)
    settled = app.barrier(drawn=SHOWN)
    check.observe(loaded=loaded, refreshed=refreshed, settled=settled)
    assert loaded["KEYS"] == "present", "fragments take a key"
    assert not refreshed.timed_out, "the callback's st.rerun reran the prices and news sections"
    assert (settled["PRICES"], settled["MARKETS"], settled["TECH"]) == (
        loaded["PRICES"] + 1,
        loaded["MARKETS"] + 1,
        loaded["TECH"] + 1,
    ), "each once"
    assert settled["WEATHER_START"] == loaded["WEATHER_START"], "the section not named did not run"
    assert (settled["FULL"], settled["TAIL"]) == (loaded["FULL"], loaded["TAIL"]), "the main script did not run"
