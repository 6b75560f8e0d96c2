"""Counterfeit of fixtures/independent_fragments.py: siblings and both tiles share one enclosing fragment.

Catches: test_sibling_fragment_is_left_alone, test_two_calls_of_one_function_are_two_fragments
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()


def tile(name):
    marker(f"TILE_{name}", bump(f"TILE_{name}"))
    st.button(f"Tile {name} button")


@fragment
def everything():
    marker("LEFT", bump("LEFT"))
    st.button("Left button")
    marker("RIGHT", bump("RIGHT"))
    st.button("Right button")
    tile("ONE")
    tile("TWO")


everything()
barrier()
