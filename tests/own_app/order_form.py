"""A team's own app (not a kit fixture): a cart fragment with its own button, and a checkout outside it.
It counts its runs with plain st.text lines, which the harness reads as markers."""

import streamlit as st

fragment = getattr(st, "fragment", None) or st.experimental_fragment
st.session_state.page_runs = st.session_state.get("page_runs", 0) + 1
st.text(f"PAGE_RUNS={st.session_state.page_runs}")


@fragment
def cart():
    st.session_state.cart_runs = st.session_state.get("cart_runs", 0) + 1
    if st.button("Add item"):
        st.session_state.items = st.session_state.get("items", 0) + 1
    st.text(f"CART_RUNS={st.session_state.cart_runs} ITEMS={st.session_state.get('items', 0)}")


cart()
st.button("Check out")
