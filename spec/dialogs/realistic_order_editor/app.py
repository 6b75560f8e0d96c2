"""An order editor built like a real app: a table of orders, an image and a chart, and an "Edit order" button
that opens a dialog holding an image, a form (a quantity field and a Save button that closes the dialog with a
full run) and a button that reruns the dialog alone. The page-wide invariants judge everything the markers do
not name (inside dialogs they judge page errors, requests and images).

Markers: FULL; DIALOG (present or absent); DLG (dialog body runs); OPENS (full runs that opened the dialog);
SAVED (the last saved quantity); TAIL; BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, dialog_decorator, full_run, marker, picture

ORDERS = {"order": ["A-1", "A-2", "A-3"], "quantity": [3, 1, 4]}

full_run()
st.title("Orders")
summary, photo = st.columns([3, 1])
with summary:
    st.dataframe(ORDERS)
with photo:
    st.image(picture("darkkhaki", (40, 40)), caption="Warehouse")
st.bar_chart({"quantity": ORDERS["quantity"]})
dialog = dialog_decorator()
marker("DIALOG", "absent" if dialog is None else "present")
if dialog is not None:

    @dialog("Edit order")
    def edit_order():
        marker("DLG", bump("DLG"))
        st.image(picture("peru", (24, 24)), caption="Item")
        with st.form("edit"):
            st.text_input("Units to order", key="quantity")
            saved = st.form_submit_button("Save")
        st.button("Recount")
        if saved:
            st.session_state.saved = st.session_state.quantity or "none"
            st.rerun()

    if st.button("Edit order"):
        bump("OPENS")
        edit_order()
marker("OPENS", st.session_state.get("OPENS", 0))
marker("SAVED", st.session_state.get("saved", "none"))
marker("TAIL", bump("TAIL"))
barrier()
