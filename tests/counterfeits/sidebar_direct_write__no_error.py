"""Counterfeit of fixtures/sidebar_direct_write.py: the sidebar write goes through a container and raises nothing.

Catches: test_direct_sidebar_write_raises
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
        st.sidebar.container().text(f"SIDE_EXT={run}")  # the break
    except Exception as exc:  # the clause is about which exception this is
        marker("SIDE_ERROR", type(exc).__name__)
        st.exception(exc)
    else:
        marker("SIDE_ERROR", "none")
    st.button("Fragment button")


sidebar_writer()
st.sidebar.text(f"SIDE_TAIL={full}")
barrier()
