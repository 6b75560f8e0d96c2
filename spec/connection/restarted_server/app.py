"""An app with a fragment and a ticking fragment, whose server the harness restarts.

Markers: FULL; BOOT (the server's process id: a new one after a restart); SESSION (a token made once per
session); PRESSES (the fragment's button presses, in Session State); FRAG (runs of the fragment); TICK (runs
of the ticking fragment); TAIL; BARRIER.
"""

import os
import pathlib
import sys
import uuid

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
marker("BOOT", os.getpid())
st.session_state.setdefault("session", uuid.uuid4().hex[:8])
marker("SESSION", st.session_state.session)


@fragment
def counter():
    if st.button("Count"):
        bump("PRESSES")
    marker("PRESSES", st.session_state.get("PRESSES", 0))
    marker("FRAG", bump("FRAG"))


@fragment(run_every=0.5)
def ticker():
    marker("TICK", bump("TICK"))


counter()
ticker()
marker("TAIL", bump("TAIL"))
barrier()
