"""Basket page of the realistic shop: a table, a form and a fragment with a button of its own.

Markers: FULL; PAGE (basket); ITEMS (basket fragment runs); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[4]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
marker("PAGE", "basket")
st.header("Basket")
st.dataframe({"item": ["teal", "gold"], "count": [1, 2]})


@fragment
def basket_items():
    marker("ITEMS", bump("ITEMS"))
    st.button("Add one")


basket_items()
with st.form("checkout"):
    st.text_input("Address", key="address")
    st.form_submit_button("Check out")
barrier()
