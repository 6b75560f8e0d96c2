"""Counterfeit of fixtures/page_switch/app.py: page Alpha's ticking fragment keeps running after the switch.

Catches: test_previous_page_fragment_stops_running_after_switch
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

BETA_TICK_S = 1.0  # Beta's fragment reruns on its own at this interval
ALPHA_TICK_S = 2.0  # Alpha's is slower: a switch started right after one of its ticks is over before the next

full_run()
navigation = getattr(st, "navigation", None)
marker("NAVIGATION", "absent" if navigation is None else "present")


def _start_ticking():
    st.session_state.ticking = True


def alpha():
    marker("PAGE", "alpha")
    st.button("Start ticking", on_click=_start_ticking)
    ticking = st.session_state.get("ticking", False)  # no timer unless asked: a tick racing a switch is not the point

    @fragment(run_every=ALPHA_TICK_S if ticking else None)
    def alpha_clock():
        marker("ALPHA_TICK", bump("ALPHA_TICK"))
        if st.button("Switch from fragment"):
            st.switch_page(PAGES["beta"])

    alpha_clock()
    if st.button("Switch from main"):
        st.switch_page(PAGES["beta"])


def beta():
    marker("PAGE", "beta")

    @fragment(run_every=BETA_TICK_S)
    def beta_clock():
        marker("BETA_TICK", bump("BETA_TICK"))
        marker("ALPHA_TICKS_SEEN", st.session_state.get("ALPHA_TICK", 0))

    beta_clock()

    @fragment(run_every=ALPHA_TICK_S if st.session_state.get("ticking") else None)
    def leftover_alpha_clock():
        bump("ALPHA_TICK")

    leftover_alpha_clock()


if navigation is not None:
    PAGES = {"alpha": st.Page(alpha, title="Alpha", default=True), "beta": st.Page(beta, title="Beta")}
    navigation(list(PAGES.values())).run()
barrier()
