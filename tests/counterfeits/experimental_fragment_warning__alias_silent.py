"""Counterfeit of fixtures/experimental_fragment_warning.py: the alias is st.fragment itself, so it never warns.

Catches: test_deprecation_warning_on_full_run
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, full_run, marker

full_run()
try:
    st.experimental_fragment
    experimental_fragment = st.fragment  # the break: an alias that never warns
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
