"""A fragment creates a button inside a container made by the main script.

The attempt is caught so that the rest of the page is drawn whatever the version does: the class goes to
WIDGET_ERROR (or `none`) and the exception itself is shown with st.exception.
Markers: FULL; BOX_HEAD (main script, in the container); WIDGET_ERROR; FRAG; BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full = full_run()
box = st.container()
box.text(f"BOX_HEAD={full}")


@fragment
def widget_writer():
    marker("FRAG", bump("FRAG"))
    try:
        with box:
            st.button("Outside button")
    except Exception as exc:  # the clause is about which exception this is
        marker("WIDGET_ERROR", type(exc).__name__)
        st.exception(exc)
    else:
        marker("WIDGET_ERROR", "none")
    st.button("Fragment button")


widget_writer()
barrier()
