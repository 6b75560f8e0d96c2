"""Tutorial "Start and stop a streaming fragment", written for the kit.

A fragment shows a growing series of readings (the tutorial charts them; the kit shows them as text). Two sidebar
buttons start and stop the stream: their callback flips `streaming` in Session State, the click reruns the whole
app, and that full run decorates the fragment with `run_every` = the stream interval (streaming) or None (stopped).

Kit additions: a Rerun app button; a clock fragment (0.25 s) that reports the number of readings and
the streaming flag as the callbacks left it, so a stopped stream can be
observed over a known number of clock ticks; markers; the barrier.

Markers: FULL; STREAMING (on/off, as applied by the last full run); STREAM_INTERVAL_MS; ROWS (readings so
far); SINCE_FULL (fragment runs since the last full run, its own call counted); INTERVALS_MS (server-side
ms between consecutive fragment runs since the last full run); CLOCK; SEEN_ROWS (ROWS as the clock last saw
it); WANTS_STREAMING (on/off, Session State as the clock last saw it); BARRIER.
"""

import math
import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

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

run_every = STREAM_INTERVAL_S if st.session_state.streaming else None
marker("STREAMING", "on" if run_every else "off")
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
