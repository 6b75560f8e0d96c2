"""Counterfeit of fixtures/experimental_fragment_warning.py: every fragment rerun draws one more deprecation warning.

Catches: test_deprecation_warning_on_bare_fragment_rerun, test_no_deprecation_warning_on_parenthesised_fragment_rerun
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

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
        if st.button("Bare button"):  # the break: a warning on every rerun
            st.warning("Please replace st.experimental_fragment with st.fragment.")

    marker("DECORATE_CALLED", 1)

    @experimental_fragment()
    def called_fragment():
        marker("CALLED_FRAG", bump("CALLED_FRAG"))
        if st.button("Called button"):  # the break: a warning on every rerun
            st.warning("Please replace st.experimental_fragment with st.fragment.")

    marker("CALL_BARE", 1)
    bare_fragment()
    marker("CALL_CALLED", 1)
    called_fragment()
marker("TAIL", bump("TAIL"))
barrier()
