"""`st.experimental_fragment` used directly, where it exists.

Markers: FULL; ALIAS (present or absent); ALIAS_ERROR (the exception class when absent); ALIAS_FRAG; BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, full_run, marker

full_run()
try:
    experimental_fragment = st.experimental_fragment
except Exception as exc:  # the clause is about which exception this is
    marker("ALIAS", "absent")
    marker("ALIAS_ERROR", type(exc).__name__)
else:
    marker("ALIAS", "present")

    @experimental_fragment
    def alias_fragment():
        marker("ALIAS_FRAG", bump("ALIAS_FRAG"))
        st.button("Alias button")

    alias_fragment()
barrier()
