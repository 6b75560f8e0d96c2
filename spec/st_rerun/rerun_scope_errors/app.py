"""`st.rerun(scope=...)` where it is not allowed: outside a fragment, in a fragment during a full run, and
with a scope that is neither "app" nor "fragment". Each call is behind a button and is left uncaught, so
the page shows the exception where it was raised and the run stops there; "Recover" starts a clean full run.

Markers: FULL; HEAD (full runs that reached the code before the fragment); FRAG (fragment body runs);
FRAG_END (fragment runs that got past the gated call); TAIL (full runs that got past the fragment); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
ss = st.session_state
st.button("Recover")
outside = st.button("Scoped rerun outside fragment")
invalid_outside = st.button("Invalid scope outside fragment")
st.button("Full run with scoped rerun in fragment", key="scoped_in_full")
if outside:
    st.rerun(scope="fragment")
if invalid_outside:
    st.rerun(scope="no-such-scope")
marker("HEAD", bump("HEAD"))


@fragment
def scoped_fragment():
    marker("FRAG", bump("FRAG"))
    if ss.get("scoped_in_full"):  # true only in the full run started by that button
        st.rerun(scope="fragment")
    marker("FRAG_END", bump("FRAG_END"))
    st.button("Fragment button")


scoped_fragment()
marker("TAIL", bump("TAIL"))
barrier()
