"""Counterfeit of fixtures/rerun_scopes.py: st.rerun does nothing and returns, as a broken Streamlit would.

Catches: test_app_rerun_in_fragment_rerun_reruns_the_whole_app, test_app_rerun_in_fragment_during_full_run_stops_and_reruns, test_fragment_scoped_rerun_reruns_only_the_fragment, test_app_rerun_is_not_caught_by_except_exception
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker, streamlit_with

full_run()
st = streamlit_with(rerun=lambda *args, **kwargs: None)  # the break: no rerun, no stop
ss = st.session_state
for name in ("AFTER_APP_RERUN", "AFTER_SCOPED_RERUN", "SCOPED_CALLS", "SWALLOWED"):
    ss.setdefault(name, 0)
# Read by the fragment during this full run: a button drawn before the fragment call.
st.button("Full run with app rerun in fragment", key="app_rerun_in_full")


@fragment
def rerun_fragment():
    marker("FRAG", bump("FRAG"))
    marker("AFTER_APP_RERUN", ss.AFTER_APP_RERUN)
    marker("AFTER_SCOPED_RERUN", ss.AFTER_SCOPED_RERUN)
    marker("SCOPED_CALLS", ss.SCOPED_CALLS)
    marker("SWALLOWED", ss.SWALLOWED)
    if ss.get("app_rerun_in_full"):  # true only in the full run started by that button
        st.rerun()
        ss.AFTER_APP_RERUN += 1
    if st.button("Rerun app"):
        st.rerun()
        ss.AFTER_APP_RERUN += 1
    if st.button("Rerun fragment"):
        ss.SCOPED_CALLS += 1
        try:
            st.rerun(scope="fragment")
        except TypeError:  # st.rerun takes no `scope` before 1.37
            marker("SCOPE_ARG", "TypeError")
        else:
            ss.AFTER_SCOPED_RERUN += 1
    if st.button("Rerun app in try"):
        try:
            st.rerun()
        except Exception:  # the clause: st.rerun's exception is not an Exception
            ss.SWALLOWED += 1


rerun_fragment()
marker("TAIL", bump("TAIL"))
barrier()
