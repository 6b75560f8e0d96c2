"""Timers and full runs: a full run that passes run_every=None or no longer calls the fragment stops its
automatic reruns; a new run_every is applied by a full run, never by a fragment rerun.

`run_every` comes from Session State (`every`, 0.5 s at first) and is read when the decorator is applied,
which happens on every full run. A second fragment, the clock, ticks every 0.4 s and reports how many
times the ticker has run, so the ticker's silence can be observed over a known number of clock ticks.

Markers: FULL; EVERY_MS (the run_every the last full run applied, ms, or none); TICKER_RUNS (ticker runs in the
session); TICKER_ID (the ticker's fragment id, which its tick requests carry); SINCE_FULL (ticker runs since the
last full run, its own call counted); INTERVALS_MS (server-side ms between consecutive ticker runs since the last
full run); CLOCK (clock runs); SEEN_TICKER_RUNS (TICKER_RUNS as the clock last saw it); EVERY_SET_MS (run_every in
Session State, as the ticker last saw it); TAIL; BARRIER.
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, current_fragment_id, fragment, full_run, marker

full_run()
st.session_state.setdefault("every", 0.5)
st.session_state.setdefault("show", True)
st.session_state.stamps = []  # intervals are counted from this full run on
every = st.session_state.every
marker("EVERY_MS", round(every * 1000) if every else "none")


def _set_in_fragment():
    st.session_state.every = 1.0


@fragment(run_every=every)
def ticker():
    st.session_state.stamps.append(time.time())
    stamps = st.session_state.stamps
    marker("TICKER_RUNS", bump("TICKER_RUNS"))
    marker("TICKER_ID", current_fragment_id())
    marker("SINCE_FULL", len(stamps))
    gaps = [round((b - a) * 1000) for a, b in zip(stamps, stamps[1:])]
    marker("INTERVALS_MS", ",".join(str(g) for g in gaps[-60:]) or "none")
    st.button("Set 1 s in the fragment", on_click=_set_in_fragment)
    every_now = st.session_state.every
    marker("EVERY_SET_MS", round(every_now * 1000) if every_now else "none")


@fragment(run_every=0.4)
def clock():
    marker("CLOCK", bump("CLOCK"))
    marker("SEEN_TICKER_RUNS", st.session_state.get("TICKER_RUNS", 0))


def _stop_with_none():
    st.session_state.every = None


def _hide():
    st.session_state.show = False


if st.session_state.show:
    ticker()
clock()
st.button("Stop with None", on_click=_stop_with_none)
st.button("Hide ticker", on_click=_hide)
st.button("Restart")  # a plain full run
marker("TAIL", bump("TAIL"))
barrier()
