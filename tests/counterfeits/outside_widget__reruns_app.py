"""Counterfeit of fixtures/outside_widget.py: the outside button belongs to the main script, so it reruns the app.

Catches: test_outside_widget_reruns_its_fragment
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full = full_run()
box = st.container()
box.text(f"BOX_HEAD={full}")
box.button("Outside button")  # the break: not the fragment's widget


@fragment
def widget_writer():
    marker("FRAG", bump("FRAG"))
    try:
        pass
    except Exception as exc:  # the clause is about which exception this is
        marker("WIDGET_ERROR", type(exc).__name__)
        st.exception(exc)
    else:
        marker("WIDGET_ERROR", "none")
    st.button("Fragment button")


widget_writer()
barrier()
