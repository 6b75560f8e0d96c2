"""Counterfeit of fixtures/call_site_rendering.py: fragment calls are deferred to the end of the script.

Catches: test_fragments_run_inline_in_call_order, test_fragments_render_at_their_call_sites
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
order = []
deferred = []


def region(name):
    order.append(name)
    marker("POS", name)


def later(fn):
    return lambda: deferred.append(fn)


@later
@fragment
def fragment_a():
    region("in-a")
    marker("A", bump("A"))
    st.button("A button")


@later
@fragment
def fragment_b():
    region("in-b")
    marker("B", bump("B"))


@later
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
for fn in deferred:
    fn()
marker("ORDER", ",".join(order))
barrier()
