"""Counterfeit of fixtures/rerun_signature.py: `scope` is dropped, so every call reruns the whole app.

Catches: test_rerun_scope_by_keyword, test_rerun_scope_positionally
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
ss = st.session_state


@fragment
def signature_fragment():
    marker("FRAG", bump("FRAG"))
    if st.button("Keyword scope"):
        bump("KEYWORD_CALLS")
        try:
            st.rerun()  # the break: scope is ignored
        except Exception as exc:  # the clause: which calls are a TypeError
            marker("KEYWORD_ERROR", type(exc).__name__)
    if st.button("Positional scope"):
        bump("POSITIONAL_CALLS")
        try:
            st.rerun()  # the break: scope is ignored
        except Exception as exc:  # the clause: which calls are a TypeError
            marker("POSITIONAL_ERROR", type(exc).__name__)
    marker("KEYWORD_CALLS", ss.get("KEYWORD_CALLS", 0))
    marker("POSITIONAL_CALLS", ss.get("POSITIONAL_CALLS", 0))


signature_fragment()
marker("TAIL", bump("TAIL"))
barrier()
