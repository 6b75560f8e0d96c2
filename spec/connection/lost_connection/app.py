"""An app with a fragment, a ticking fragment and a text field, whose connection the harness cuts.

The session is what must survive: a token made once per session, the field's value, and a count of the
fragment's button presses kept in Session State.

Markers: FULL; SESSION (the session's token); NOTE_SEEN (the field's value, "none" when empty); PRESSES (the
fragment's button presses); FRAG (runs of the fragment); TICK (runs of the ticking fragment); TAIL; BARRIER.
"""

import pathlib
import sys
import uuid

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
st.session_state.setdefault("session", uuid.uuid4().hex[:8])
marker("SESSION", st.session_state.session)
note = st.text_input("Note")
marker("NOTE_SEEN", note or "none")


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
