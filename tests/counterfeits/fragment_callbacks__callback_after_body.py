"""Counterfeit of fixtures/fragment_callbacks.py: the button's handler runs after the fragment body instead of before it.

Catches: test_callback_runs_before_the_fragment_body
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
    if st.button("Callback button"):
        on_click()
    st.button("Writing callback button", on_click=writing_callback)


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
