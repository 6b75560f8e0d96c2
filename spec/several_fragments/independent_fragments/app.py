"""Sibling fragments, and one fragment function called at two call sites.

Markers: FULL; LEFT, RIGHT (the sibling fragments); TILE_ONE, TILE_TWO (two calls of one function); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()


@fragment
def left_fragment():
    marker("LEFT", bump("LEFT"))
    st.button("Left button")


@fragment
def right_fragment():
    marker("RIGHT", bump("RIGHT"))
    st.button("Right button")


@fragment
def tile(name):
    marker(f"TILE_{name}", bump(f"TILE_{name}"))
    st.button(f"Tile {name} button")


left_fragment()
right_fragment()
tile("ONE")
tile("TWO")
barrier()
