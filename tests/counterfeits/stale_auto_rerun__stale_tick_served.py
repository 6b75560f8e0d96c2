"""Counterfeit of fixtures/stale_auto_rerun.py: the late tick for the old id still reruns the fragment
(emulated by not moving the fragment, so its id stays registered).

Catches: test_auto_rerun_for_an_unregistered_fragment
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
st.session_state.setdefault("every", 0.5)
st.session_state.setdefault("moved", False)
marker("MOVED", "yes" if st.session_state.moved else "no")
# the extra element is gone: the old id stays registered, so the late tick is served as if it were current


@fragment(run_every=st.session_state.every)
def ticker():
    marker("FRAG", bump("FRAG"))


def _stop():
    st.session_state.every = None


def _move():
    st.session_state.moved = True


ticker()
st.button("Stop ticking", on_click=_stop)
st.button("Move", on_click=_move)
marker("TAIL", bump("TAIL"))
barrier()
