"""Counterfeit of fixtures/fragment_callbacks.py: the element is written by the fragment body, where it lands inside the fragment, not from a callback.

Catches: test_element_written_in_a_fragment_callback_lands_at_the_top
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker


def log(entry: str) -> None:
    st.session_state.setdefault("LOG", []).append(entry)


full_run()
log("full")


def on_click():
    log("callback")


def writing_callback():
    log("writing")
    marker("CB_WROTE", bump("CB_WROTE"))  # an element written from a fragment widget's callback (CB-02)


@fragment
def callback_fragment():
    log("body")
    marker("FRAG", bump("FRAG"))
    st.button("Callback button", on_click=on_click)
    if st.button("Writing callback button"):
        writing_callback()


callback_fragment()
log("tail")
marker("TAIL", bump("TAIL"))


@fragment
def show_log():
    st.button("Show log")
    marker("LOG", ",".join(st.session_state.get("LOG", [])))
    marker("SHOWN", bump("SHOWN"))


show_log()
barrier()
