"""Callbacks of widgets inside a fragment: their order against the fragment body, and elements they write.

Markers: FULL; FRAG (fragment body runs); TAIL; LOG (the server-side run log: full, callback, body, writing,
tail; shown by the Show log fragment); SHOWN; CB_WROTE (written by the writing callback; `absent` is never
written, the marker only exists once that callback ran); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

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
