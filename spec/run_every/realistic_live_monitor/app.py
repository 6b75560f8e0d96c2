"""A live monitor built like a real app: a panel that refreshes itself every half second (a metric, a growing
chart, a progress bar) in a column, beside a fragment of controls (a button and a checkbox), under a sidebar,
an image, tabs with a chart and JSON, and an expander. The page-wide invariants judge everything the markers do
not name.

Markers: FULL; TICKS (live panel runs); ACKS (controls fragment runs); MUTE_SEEN (the controls' checkbox, as the
controls saw it); TAIL; BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker, picture

full_run()
with st.sidebar:
    st.radio("Window", ["1 hour", "1 day"], key="window")
    st.caption("The live panel refreshes every half second")
st.header("Live monitor")
st.image(picture("slateblue", (48, 24)), caption="Site")
overview, raw = st.tabs(["Overview", "Raw"])
with overview:
    st.area_chart({"load": [1, 3, 2, 4, 3]})
with raw:
    st.json({"site": "north", "sensors": 3})


@fragment(run_every=0.5)
def live_panel():
    ticks = bump("TICKS")
    marker("TICKS", ticks)
    history = st.session_state.setdefault("history", [])
    history.append(ticks % 7)
    st.metric("Load", history[-1], history[-1] - (history[-2] if len(history) > 1 else 0))
    st.line_chart({"load": history[-20:]})
    st.progress(ticks % 100)


@fragment
def controls():
    marker("ACKS", bump("ACKS"))
    st.button("Acknowledge")
    mute = st.checkbox("Mute alerts", key="mute")
    marker("MUTE_SEEN", mute)


live, side = st.columns([2, 1])
with live:
    live_panel()
with side:
    controls()
with st.expander("Log"):
    st.code("sensor 1: ok\nsensor 2: ok")
marker("TAIL", bump("TAIL"))
barrier()
