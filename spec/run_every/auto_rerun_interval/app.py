"""Automatic reruns of a `run_every` fragment: their spacing, what runs, and slow runs meeting ticks.

The app states the interval it asks for (INTERVAL_MS); the fragment stamps `time.time()` on every run, so
the server-side spacing of its runs can be compared with that claim.

Markers: FULL; INTERVAL_MS (the interval the fragment is decorated with, in ms); TICK (fragment runs since the last
full run, the run inside the full run counted as 1); INTERVALS_MS (server-side ms between consecutive fragment runs
since the last full run, comma-separated, the first one measured from the run inside the full run);
SLOW_INTERVAL_MS; SLOW_STARTED / SLOW_DONE (slow automatic reruns of the second fragment begun / finished); GAPS_MS
(ms from the end of one slow run to the start of the next); TAIL (full runs, counted after the fragment); BARRIER.
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

INTERVAL_S = 0.5
SLOW_INTERVAL_S = 2.0  # long, so that a dropped tick (next run one interval later) differs from a queued one

full_run()
marker("INTERVAL_MS", round(INTERVAL_S * 1000))
marker("SLOW_INTERVAL_MS", round(SLOW_INTERVAL_S * 1000))
st.session_state.stamps = []  # the spacing is measured from this full run on
st.session_state.tick = 0


@fragment(run_every=INTERVAL_S)
def ticker():
    now = time.time()
    stamps = st.session_state.stamps
    stamps.append(now)
    st.session_state.tick += 1
    marker("TICK", st.session_state.tick)
    gaps = [round((b - a) * 1000) for a, b in zip(stamps, stamps[1:])]
    marker("INTERVALS_MS", ",".join(str(g) for g in gaps[-60:]) or "none")


@fragment(run_every=SLOW_INTERVAL_S)
def slow_ticker():
    """While slow runs are left, each automatic rerun lasts longer than the interval, so a tick comes during it."""
    left = st.session_state.get("slow_left", 0)
    if left > 0 and not st.session_state.in_full_run:  # only automatic reruns are made slow
        st.session_state.slow_left = left - 1
        started = time.time()
        last_end = st.session_state.get("slow_last_end")
        if last_end is not None:
            st.session_state.gaps.append(round((started - last_end) * 1000))
        bump("SLOW_STARTED")
        time.sleep(1.1 * SLOW_INTERVAL_S)  # one tick fires while this run is going on
        bump("SLOW_DONE")
        st.session_state.slow_last_end = time.time()
    marker("SLOW_STARTED", st.session_state.get("SLOW_STARTED", 0))
    marker("SLOW_DONE", st.session_state.get("SLOW_DONE", 0))
    marker("GAPS_MS", ",".join(str(g) for g in st.session_state.get("gaps", [])) or "none")


def _start_slow_runs():
    st.session_state.slow_left = 3
    st.session_state.gaps = []
    st.session_state.slow_last_end = None


st.session_state.in_full_run = True
try:  # an interrupted full run must not leave the flag set
    ticker()
    slow_ticker()
finally:
    st.session_state.in_full_run = False
st.button("Restart")  # a plain full run
st.button("Slow ticks", on_click=_start_slow_runs)
marker("TAIL", bump("TAIL"))
barrier()
