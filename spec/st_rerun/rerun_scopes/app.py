"""`st.rerun()` and `st.rerun(scope="fragment")` called from inside a fragment.

Markers: FULL; FRAG (fragment body runs); TAIL (full runs that reached the code after the fragment);
AFTER_APP_RERUN, AFTER_SCOPED_RERUN (times code after a st.rerun call in the fragment went on running);
SCOPED_CALLS (fragment-scoped reruns requested); SWALLOWED (times `except Exception` caught st.rerun());
SCOPE_ARG (supported or TypeError: whether this st.rerun takes `scope`); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
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
