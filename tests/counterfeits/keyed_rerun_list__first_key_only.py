"""Counterfeit of fixtures/keyed_rerun_list.py: the list is taken as its first key only: just "left" reruns.

Catches: test_rerun_with_a_list_of_keys_reruns_just_those_fragments
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker


def keyed(key):
    """`fragment(key=key)`, or None where fragments take no key (before 1.63)."""
    try:
        return fragment(key=key)
    except TypeError:
        return None


def rerun_left_and_right():
    st.rerun("left")


full_run()
if keyed("probe") is None:
    marker("KEYS", "absent")
else:
    marker("KEYS", "supported")

    def counter(name):
        @keyed(name.lower())
        def body():
            marker(name, bump(name))

        body.__name__ = body.__qualname__ = name.lower()
        return body

    for name in ("LEFT", "MIDDLE", "RIGHT"):
        counter(name)()
    st.button("Rerun left and right", on_click=rerun_left_and_right)
marker("TAIL", bump("TAIL"))
barrier()
