"""Two pages under st.navigation (1.36+), each with a fragment; the first can switch page from inside its
fragment (st.switch_page) or from main-script code. Beta's fragment ticks (run_every); Alpha's only after its
"Start ticking" button (a tick racing a page switch is not what these checks are about).

On releases without st.navigation the app only writes NAVIGATION=absent (the checks are n/a there).

Markers: FULL (full runs, every page); NAVIGATION (present or absent); PAGE (alpha or beta); ALPHA_TICK (runs of
Alpha's fragment); BETA_TICK (runs of Beta's fragment); ALPHA_TICKS_SEEN (ALPHA_TICK as Beta's fragment reads it
from Session State); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

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


if navigation is not None:
    PAGES = {"alpha": st.Page(alpha, title="Alpha", default=True), "beta": st.Page(beta, title="Beta")}
    navigation(list(PAGES.values())).run()
barrier()
