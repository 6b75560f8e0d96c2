"""Runs requested while another run is going on: three fragments, a slow fragment run, a slow full run.

Markers: FULL; A, B, C (fragment body runs); A_SLOW_STARTED / A_SLOW (slow fragment-A runs begun / finished);
FULL_SLOW_STARTED / FULL_SLOW (slow full runs begun / finished); TAIL (full runs that reached the end);
LOG (the server-side run log, comma separated, each entry `name:ms` with ms since the session began, shown by
the Show log fragment); SHOWN (Show log runs); BARRIER.
Log entries: full, a, a_slow_end, b<seen> (seen = which of B's two buttons were pressed: 1, 2, 12 or 0),
c, full_slow_end, tail.
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

T0 = st.session_state.setdefault("T0", time.time())


def log(entry: str) -> None:
    st.session_state.setdefault("LOG", []).append(f"{entry}:{int((time.time() - T0) * 1000)}")


def slow_section(name: str, requested: bool) -> None:
    """Markers NAME_STARTED and NAME, and a step line, drawn on every run so that a slow run changes only
    their text: an element inserted above a button while the checks click it would move the button away
    from under the pointer."""
    if requested:
        bump(f"{name}_STARTED")
    marker(f"{name}_STARTED", st.session_state.get(f"{name}_STARTED", 0))
    step = st.empty()
    step.text("step -")
    finished = st.empty()
    finished.text(f"{name}={st.session_state.get(name, 0)}")
    if not requested:
        return
    for i in range(25):  # about 2.5 s with a yield point every 0.1 s: the window in which other clicks land
        time.sleep(0.1)
        step.text(f"step {i}")
    log(name.lower() + "_end")
    finished.text(f"{name}={bump(name)}")


full_run()
log("full")


@fragment
def fragment_a():
    log("a")
    marker("A", bump("A"))
    st.button("A button")
    st.button("Slow A button", key="slow_a")
    slow_section("A_SLOW", bool(st.session_state.get("slow_a")))


@fragment
def fragment_b():
    seen = "".join(n for n, k in (("1", "b_one"), ("2", "b_two")) if st.session_state.get(k)) or "0"
    log("b" + seen)
    marker("B", bump("B"))
    marker("B_SAW", seen)
    st.button("B button", key="b_one")
    st.button("B other button", key="b_two")


@fragment
def fragment_c():
    log("c")
    marker("C", bump("C"))
    st.button("C button")


fragment_a()
fragment_b()
fragment_c()
st.button("Outer button")
st.button("Slow outer button", key="slow_outer")
slow_section("FULL_SLOW", bool(st.session_state.get("slow_outer")))
log("tail")
marker("TAIL", bump("TAIL"))


@fragment
def show_log():
    st.button("Show log")
    marker("LOG", ",".join(st.session_state.get("LOG", [])))
    marker("SHOWN", bump("SHOWN"))


show_log()
barrier()
