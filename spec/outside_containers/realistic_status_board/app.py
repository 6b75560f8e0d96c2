"""A status board built like a real app: an events panel (a container the main script makes and writes a head
and a tail line into) beside a controls fragment that reports each event into that panel as an info box, under
a sidebar, with an image, a chart and a button that refreshes the whole board. The page-wide invariants judge
everything the markers do not name.

Markers: FULL; BOX_HEAD and BOX_TAIL (the main script's lines in the events panel: FULL); FRAG (controls
fragment runs); EVT (written by the fragment into the events panel: FRAG); TAIL; BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker, picture

full = full_run()
with st.sidebar:
    st.toggle("Only errors", key="only_errors")
st.title("Status board")
panel, side = st.columns([2, 1])
with panel:
    st.subheader("Events")
    events = st.container()
    with events:
        marker("BOX_HEAD", full)
    st.image(picture("indigo", (40, 20)), caption="Region map")


@fragment
def controls():
    runs = bump("FRAG")
    marker("FRAG", runs)
    st.button("Report event")
    with events:
        st.info(f"Event reported (run {runs})")
        marker("EVT", runs)


with side:
    controls()
with events:
    marker("BOX_TAIL", full)
st.line_chart({"events": [1, 0, 2, 1]})
st.button("Refresh board")
marker("TAIL", bump("TAIL"))
barrier()
