"""`st.experimental_fragment` applied bare and with parentheses, to see where its deprecation warning shows.

Markers: FULL; ALIAS (present or absent); DECORATE_BARE, DECORATE_CALLED (drawn just before each decorator is
applied); CALL_BARE, CALL_CALLED (drawn just before each fragment is called); BARE_FRAG, CALLED_FRAG (the first
element of each fragment body); TAIL; BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, full_run, marker

full_run()
try:
    experimental_fragment = st.experimental_fragment
except Exception:  # removed in later releases (API-01)
    marker("ALIAS", "absent")
else:
    marker("ALIAS", "present")
    marker("DECORATE_BARE", 1)

    @experimental_fragment
    def bare_fragment():
        marker("BARE_FRAG", bump("BARE_FRAG"))
        st.button("Bare button")

    marker("DECORATE_CALLED", 1)

    @experimental_fragment()
    def called_fragment():
        marker("CALLED_FRAG", bump("CALLED_FRAG"))
        st.button("Called button")

    marker("CALL_BARE", 1)
    bare_fragment()
    marker("CALL_CALLED", 1)
    called_fragment()
marker("TAIL", bump("TAIL"))
barrier()
