"""A two-page shop built like a real app (pages/ folder). This page, the catalogue: a sidebar, pictures in
columns, and a stock panel that refreshes itself every 0.4 s (a metric and a chart); the basket page has a
form and a fragment of its own. The page-wide invariants judge everything the markers do not name.

Markers: FULL; PAGE (catalogue); STOCK (stock panel runs in the session); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker, picture

full_run()
marker("PAGE", "catalogue")
with st.sidebar:
    st.caption("Free delivery over 50")
st.header("Catalogue")
for column, colour in zip(st.columns(3), ("teal", "coral", "gold")):
    with column:
        st.image(picture(colour, (30, 30)), caption=colour)


@fragment(run_every=0.4)
def stock_panel():
    stock = bump("STOCK")
    marker("STOCK", stock)
    st.metric("In stock", 100 - stock % 10)
    st.line_chart({"stock": [100 - (stock - n) % 10 for n in range(10)]})


stock_panel()
barrier()
