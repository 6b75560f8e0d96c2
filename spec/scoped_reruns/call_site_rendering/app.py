"""Fragments run inline where they are called: two in the main area, one called inside `with st.sidebar:`.

Markers: FULL; POS (one per region, in page order); ORDER (the execution order of this full run); A, B, SIDE
(runs of each fragment); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
order = []


def region(name):
    order.append(name)
    marker("POS", name)


@fragment
def fragment_a():
    region("in-a")
    marker("A", bump("A"))
    st.button("A button")


@fragment
def fragment_b():
    region("in-b")
    marker("B", bump("B"))


@fragment
def sidebar_fragment():
    region("in-side")
    marker("SIDE", bump("SIDE"))
    st.button("Sidebar button")


region("before-a")
fragment_a()
region("between")
with st.sidebar:
    sidebar_fragment()
fragment_b()
region("after-b")
marker("ORDER", ",".join(order))
barrier()
