"""An order lookup built like a real app: a sidebar, metrics in columns, an image, a chart, an expander, and two
fragments side by side in columns: a lookup panel (an order id field and a "Look up" button; an unknown id
raises KeyError, as a real lookup would) and a notes panel with a checkbox. The page-wide invariants judge
everything the markers do not name.

Markers: FULL; LOOKUP_START (lookup panel runs begun, written before it may raise); FOUND (the order the panel
last found, or none); NOTES (notes panel runs); TAIL; BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker, picture

ORDERS = {"A-1": "3 chairs", "A-2": "1 desk"}

full_run()
with st.sidebar:
    st.radio("Store", ["north", "south"], key="store")
st.title("Order lookup")
today, week = st.columns(2)
today.metric("Orders today", 12, "+3")
week.metric("Orders this week", 80, "-5")
st.image(picture("indianred", (40, 20)), caption="Store")
st.bar_chart({"orders": [5, 7, 6, 12]})


@fragment
def lookup_panel():
    marker("LOOKUP_START", bump("LOOKUP_START"))
    wanted = st.text_input("Order id", key="order_id")
    if st.button("Look up") and wanted:
        details = ORDERS[wanted]  # an unknown id raises KeyError here
        st.session_state.found = wanted
        st.write(details)
    marker("FOUND", st.session_state.get("found", "none"))


@fragment
def notes_panel():
    marker("NOTES", bump("NOTES"))
    st.checkbox("Show closed orders", key="closed")
    st.button("Refresh notes")


left, right = st.columns(2)
with left:
    lookup_panel()
with right:
    notes_panel()
with st.expander("Help"):
    st.write("Order ids look like A-1.")
marker("TAIL", bump("TAIL"))
barrier()
