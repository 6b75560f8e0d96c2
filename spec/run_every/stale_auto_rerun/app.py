"""An automatic rerun that reaches the server for a fragment id that is no longer registered.

A fragment's id depends on where it is called. "Move" makes the next full run draw one more element above
the fragment, so the fragment gets a new id and the old one is gone. The check replays, after that, the
exact message the browser's timer sent for the old id (a late tick); "Stop ticking" first stops the
timer (run_every=None) without moving the fragment, so a replay can be seen to rerun it while its id is
still registered.

Markers: FULL; MOVED (no/yes); FRAG (fragment runs); TAIL; BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
st.session_state.setdefault("every", 0.5)
st.session_state.setdefault("moved", False)
marker("MOVED", "yes" if st.session_state.moved else "no")
if st.session_state.moved:
    st.text("one more element above the fragment")  # shifts the fragment's call site, hence its id


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
