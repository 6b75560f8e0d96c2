"""A dashboard built like a real app, with its fragments among the elements people put around them: a sidebar
filter, metrics in columns, an image, a chart and a table in tabs, a progress bar, an expander, a form, two
fragments side by side in columns (orders, with an image, a chart and a text field of its own; a chat log) and
a text field of the main script. The page-wide invariants judge everything the markers do not name.

Markers: FULL; ORDERS (orders fragment runs); NOTE_SEEN (the orders fragment's text field, as it saw it);
CHAT (chat fragment runs); OWNER_SEEN (the main script's text field, as the main script saw it); REGION_SEEN
(the sidebar filter); TAIL; BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker, picture

SALES = {"north": [3, 5, 4, 6, 8], "south": [2, 2, 5, 4, 3]}


full_run()
with st.sidebar:
    region = st.selectbox("Region", ["north", "south"], key="region")
    st.caption("Filters apply on the next full run")
marker("REGION_SEEN", region)
st.title("Sales dashboard")
revenue, orders, returns = st.columns(3)
revenue.metric("Revenue", "1,200", "+5%")
orders.metric("Orders", "310", "-2")
returns.metric("Returns", "12", "0")
st.image(picture("steelblue", (48, 24)), caption="Brand colour")
chart_tab, table_tab = st.tabs(["Chart", "Table"])
with chart_tab:
    st.line_chart(SALES)
with table_tab:
    st.dataframe(SALES)
st.progress(40, text="Quarterly quota")
owner = st.text_input("Owner", key="owner")
marker("OWNER_SEEN", owner or "none")


@fragment
def orders_fragment():
    marker("ORDERS", bump("ORDERS"))
    st.button("Refresh orders")
    st.image(picture("seagreen", (32, 16)), caption="Status")
    st.bar_chart(SALES[region])
    note = st.text_input("Note", key="note")
    marker("NOTE_SEEN", note or "none")


@fragment
def chat_fragment():
    marker("CHAT", bump("CHAT"))
    for n in range(min(st.session_state.CHAT, 3)):
        with st.chat_message("assistant"):
            st.write(f"Update {n + 1}")
    st.button("Send")


left, right = st.columns(2)
with left:
    orders_fragment()
with right:
    chat_fragment()
with st.expander("Details", expanded=True):
    st.write("Figures are in thousands.")
with st.form("settings"):
    st.slider("Threshold", 0, 10, 5, key="threshold")
    st.form_submit_button("Apply")
st.button("Rerun app")
marker("TAIL", bump("TAIL"))
barrier()
