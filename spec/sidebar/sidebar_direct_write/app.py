"""A fragment in the main area writes straight to `st.sidebar`, between two sidebar lines of the main script.

The write is caught so that the rest of the page is drawn whatever the version does: the class goes to
SIDE_ERROR (or `none`) and the exception itself is shown with st.exception inside the fragment.
Markers: FULL; SIDE_HEAD and SIDE_TAIL (main script, in the sidebar, value = full run); SIDE_EXT (the
fragment's sidebar line, value = fragment run); SIDE_ERROR; FRAG; BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full = full_run()
st.sidebar.text(f"SIDE_HEAD={full}")


@fragment
def sidebar_writer():
    run = bump("FRAG")
    marker("FRAG", run)
    try:
        st.sidebar.text(f"SIDE_EXT={run}")
    except Exception as exc:  # the clause is about which exception this is
        marker("SIDE_ERROR", type(exc).__name__)
        st.exception(exc)
    else:
        marker("SIDE_ERROR", "none")
    st.button("Fragment button")


sidebar_writer()
st.sidebar.text(f"SIDE_TAIL={full}")
barrier()
