"""An outer fragment calling an inner fragment, a slow sibling fragment, and a run log.

The outer fragment stops calling the inner one once its Drop inner button was pressed (in this session).

Markers: FULL; OUTER, INNER (runs of each body); SLOW_STARTED (slow sibling runs begun), SLOW (slow runs
finished); LOG (the run log, comma separated: `full`, `outer`, `inner`, `outer_end`, `slow`, `slow_end`,
shown by the Show log fragment); SHOWN (Show log runs); BARRIER.
Below 1.37 nesting is unsupported (NEST-01): the app still runs, the checks about it are n/a there.
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker


def log(entry: str) -> None:
    st.session_state.setdefault("LOG", []).append(entry)


full_run()
log("full")


@fragment
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
            time.sleep(0.1)
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
