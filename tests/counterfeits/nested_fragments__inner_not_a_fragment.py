"""Counterfeit of fixtures/nested_fragments.py: the inner function is a plain function, so its button reruns the enclosing outer fragment.

Catches: test_inner_rerun_reruns_only_inner
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker


def log(entry: str) -> None:
    st.session_state.setdefault("LOG", []).append(entry)


full_run()
log("full")


def inner_fragment():
    log("inner")
    marker("INNER", bump("INNER"))
    st.button("Inner button")


def drop_inner():
    st.session_state.drop_inner = True


@fragment
def outer_fragment():
    log("outer")
    marker("OUTER", bump("OUTER"))
    st.button("Outer button")
    st.button("Drop inner button", on_click=drop_inner)
    if not st.session_state.get("drop_inner"):
        inner_fragment()
    log("outer_end")


@fragment
def slow_fragment():
    st.button("Slow button", key="slow_button")
    if st.session_state.get("slow_button"):
        log("slow")
        marker("SLOW_STARTED", bump("SLOW_STARTED"))
        step = st.empty()
        for i in range(25):  # about 2.5 s with a yield point every 0.1 s: the window in which reruns queue up
            time.sleep(0.1)  # noqa: sleep (an app or a health poll, not a check)
            step.text(f"step {i}")
        log("slow_end")
        marker("SLOW", bump("SLOW"))


outer_fragment()
slow_fragment()
st.button("App button")


@fragment
def show_log():
    st.button("Show log")
    marker("LOG", ",".join(st.session_state.get("LOG", [])))
    marker("SHOWN", bump("SHOWN"))


show_log()
barrier()
