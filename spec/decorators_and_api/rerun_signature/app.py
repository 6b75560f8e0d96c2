"""`st.rerun` called with `scope` by keyword and positionally, from a fragment rerun (so "fragment" is valid).

Markers: FULL; FRAG (fragment body runs); KEYWORD_CALLS, POSITIONAL_CALLS (calls attempted, as the fragment
saw them at the end of its run); KEYWORD_ERROR, POSITIONAL_ERROR (the exception class, in the run whose call
raised); TAIL; BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

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
            st.rerun(scope="fragment")
        except TypeError as exc:  # the clause: which calls are a TypeError (st.rerun's own exception passes)
            marker("KEYWORD_ERROR", type(exc).__name__)
    if st.button("Positional scope"):
        bump("POSITIONAL_CALLS")
        try:
            st.rerun("fragment")
        except TypeError as exc:  # the clause: which calls are a TypeError (st.rerun's own exception passes)
            marker("POSITIONAL_ERROR", type(exc).__name__)
    marker("KEYWORD_CALLS", ss.get("KEYWORD_CALLS", 0))
    marker("POSITIONAL_CALLS", ss.get("POSITIONAL_CALLS", 0))


signature_fragment()
marker("TAIL", bump("TAIL"))
barrier()
