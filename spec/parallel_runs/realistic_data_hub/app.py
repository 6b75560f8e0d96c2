"""A data hub built like a real one: three sections that load their data side by side as parallel fragments
(`@st.fragment(parallel=True)`, 1.58+) in columns: prices (a line chart, a metric, a Refresh button), a news feed
drawn by one function for two topics (a table, a More button each), and a weather source that fails; a sidebar
button whose callback refreshes prices and news by their fragment keys (1.63+); an expander and a footer.
The page-wide invariants judge the rest.

On releases without the `parallel` parameter the app writes PARALLEL=absent (the checks are n/a there); on
those without fragment keys the sections are made without keys and KEYS=absent.

Markers: FULL; PARALLEL; KEYS; SCRIPT_THREAD (the main script's thread name in this full run); PRICES,
PRICES_START, PRICES_END, PRICES_THREAD (runs, server-side ms, thread of the prices section); MARKETS, TECH
(runs of each news topic), MARKETS_START, MARKETS_END, TECH_START, TECH_END; NEWS_THREAD (each topic's
thread); WEATHER_START (the failing section's first line); MAIN_AT (ms right after the three calls returned);
TAIL; BARRIER.
"""

import inspect
import pathlib
import sys
import threading
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import pandas as pd
import streamlit as st

from conformance.app_kit import barrier, bump, full_run, marker

PRICES_LOAD_S = 1.5  # the slowest source: loading the three one after another is clearly slower
NEWS_LOAD_S = 0.5


def _now_ms() -> int:
    return int(time.time() * 1000)


def _thread() -> str:
    return threading.current_thread().name.replace(" ", "_")


full_run()
options = inspect.signature(st.fragment).parameters if hasattr(st, "fragment") else {}
has_parallel, has_keys = "parallel" in options, "key" in options
marker("PARALLEL", "present" if has_parallel else "absent")
marker("KEYS", "present" if has_keys else "absent")


def section(key: str):
    """A parallel fragment, named by `key` where fragments take keys."""
    return st.fragment(parallel=True, **({"key": key} if has_keys else {}))


def refresh_prices_and_news():
    st.rerun(["prices", "news"])


if has_parallel:

    @section("prices")
    def prices():
        marker("PRICES_START", _now_ms())
        marker("PRICES_THREAD", _thread())
        st.subheader("Prices")
        time.sleep(PRICES_LOAD_S)  # the source's latency, overlapped with the other sections
        runs = bump("PRICES")
        st.line_chart(pd.DataFrame({"price": [100 + runs + step % 3 for step in range(8)]}))
        st.metric("Last price", f"{100 + runs}", "+1")
        st.button("Refresh prices")
        marker("PRICES", runs)
        marker("PRICES_END", _now_ms())

    @section("news")
    def news(topic: str):
        marker(f"{topic}_START", _now_ms())
        st.subheader(f"{topic.title()} news")
        time.sleep(NEWS_LOAD_S)
        runs = bump(topic)
        st.dataframe(pd.DataFrame({"headline": [f"{topic.lower()} story {n}" for n in range(runs, runs + 3)]}))
        st.button(f"More {topic.lower()} news")
        marker(topic, runs)
        marker("NEWS_THREAD", _thread())
        marker(f"{topic}_END", _now_ms())

    @section("weather")
    def weather():
        marker("WEATHER_START", _now_ms())
        st.subheader("Weather")
        raise ConnectionError("kit-source-down")

    with st.sidebar:
        st.header("Data hub")
        if has_keys:
            st.button("Refresh prices and news", on_click=refresh_prices_and_news)

    st.title("Data hub")
    marker("SCRIPT_THREAD", _thread())
    price_col, news_col, weather_col = st.columns(3)
    with price_col:
        prices()
    with news_col:
        news("MARKETS")
        news("TECH")
    with weather_col:
        weather()
    marker("MAIN_AT", _now_ms())
    with st.expander("About these sources"):
        st.write("Prices, news and weather load side by side.")
    marker("TAIL", bump("TAIL"))
barrier()
