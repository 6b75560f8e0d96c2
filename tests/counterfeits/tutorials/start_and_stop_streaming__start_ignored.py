"""Counterfeit of fixtures/tutorials/start_and_stop_streaming.py: the full run after Start does not apply run_every.

Catches: test_start_button_starts_streaming_at_the_interval
"""

import math
import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

STREAM_INTERVAL_S = 0.5

full_run()
st.session_state.setdefault("streaming", False)
st.session_state.setdefault("readings", [])
st.session_state.stamps = []  # intervals are counted from this full run on


def toggle_streaming():
    st.session_state.streaming = not st.session_state.streaming


with st.sidebar:
    st.button("Start streaming", disabled=st.session_state.streaming, on_click=toggle_streaming)
    st.button("Stop streaming", disabled=not st.session_state.streaming, on_click=toggle_streaming)
    st.button("Rerun app")  # kit addition: a full run without a callback

run_every = None
marker("STREAMING", "on" if st.session_state.streaming else "off")
marker("STREAM_INTERVAL_MS", round(STREAM_INTERVAL_S * 1000))


def next_reading() -> dict:
    n = len(st.session_state.readings)
    return {"step": n, "level": round(10 + 5 * math.sin(n / 3), 3)}


@fragment(run_every=run_every)
def show_latest_data():
    stamps = st.session_state.stamps
    stamps.append(time.time())
    st.session_state.readings.append(next_reading())
    readings = st.session_state.readings
    # the tutorial draws a chart; plain text keeps the browser's main thread free for the timers being measured
    st.text("latest levels: " + " ".join(str(r["level"]) for r in readings[-8:]))
    marker("ROWS", len(readings))
    marker("SINCE_FULL", len(stamps))
    gaps = [round((b - a) * 1000) for a, b in zip(stamps, stamps[1:])]
    marker("INTERVALS_MS", ",".join(str(g) for g in gaps[-60:]) or "none")


@fragment(run_every=0.25)
def clock():  # kit addition
    marker("CLOCK", bump("CLOCK"))
    marker("SEEN_ROWS", len(st.session_state.readings))
    marker("WANTS_STREAMING", "on" if st.session_state.streaming else "off")


show_latest_data()
clock()
barrier()
