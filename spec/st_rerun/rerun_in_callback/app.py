"""`st.rerun()` called in the on_click callback of a button inside a fragment.

Markers: FULL; FRAG (fragment body runs); CALLBACKS (callback calls, as the fragment saw them);
TAIL (full runs that got past the fragment); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()


def rerun_callback():
    bump("CALLBACKS")
    st.rerun()


@fragment
def callback_fragment():
    marker("FRAG", bump("FRAG"))
    marker("CALLBACKS", st.session_state.get("CALLBACKS", 0))
    st.button("Callback rerun", on_click=rerun_callback)


callback_fragment()
marker("TAIL", bump("TAIL"))
barrier()
