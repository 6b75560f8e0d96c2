"""Counterfeit of fixtures/outside_widget.py: a widget in an outside container always raises a RuntimeError.

Catches: test_widget_in_outside_container
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full = full_run()
box = st.container()
box.text(f"BOX_HEAD={full}")


@fragment
def widget_writer():
    marker("FRAG", bump("FRAG"))
    try:
        with box:
            raise RuntimeError("Fragments cannot write widgets to outside containers.")  # the break
    except Exception as exc:  # the clause is about which exception this is
        marker("WIDGET_ERROR", type(exc).__name__)
        st.exception(exc)
    else:
        marker("WIDGET_ERROR", "none")
    st.button("Fragment button")


widget_writer()
barrier()
