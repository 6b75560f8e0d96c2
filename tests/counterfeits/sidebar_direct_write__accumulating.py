"""Counterfeit of fixtures/sidebar_direct_write.py: the fragment's sidebar lines pile up over reruns.

Catches: test_direct_sidebar_write_replaced_in_place
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full = full_run()
st.sidebar.text(f"SIDE_HEAD={full}")


@fragment
def sidebar_writer():
    run = bump("FRAG")
    marker("FRAG", run)
    try:
        for old in range(1, run + 1):  # the break: earlier lines are written again
            st.sidebar.text(f"SIDE_EXT={old}")
    except Exception as exc:  # the clause is about which exception this is
        marker("SIDE_ERROR", type(exc).__name__)
        st.exception(exc)
    else:
        marker("SIDE_ERROR", "none")
    st.button("Fragment button")


sidebar_writer()
st.sidebar.text(f"SIDE_TAIL={full}")
barrier()
