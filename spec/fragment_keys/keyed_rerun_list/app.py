"""`st.rerun(["left", "right"])` from a widget callback (1.63+): just those two keyed fragments rerun.

Markers: FULL; KEYS (supported or absent); LEFT, MIDDLE, RIGHT (runs of the fragments keyed "left",
"middle" and "right"); TAIL (full runs, counted at the end); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker


def keyed(key):
    """`fragment(key=key)`, or None where fragments take no key (before 1.63)."""
    try:
        return fragment(key=key)
    except TypeError:
        return None


def rerun_left_and_right():
    st.rerun(["left", "right"])


full_run()
if keyed("probe") is None:
    marker("KEYS", "absent")
else:
    marker("KEYS", "supported")

    def counter(name):
        @keyed(name.lower())
        def body():
            marker(name, bump(name))

        body.__name__ = body.__qualname__ = name.lower()
        return body

    for name in ("LEFT", "MIDDLE", "RIGHT"):
        counter(name)()
    st.button("Rerun left and right", on_click=rerun_left_and_right)
marker("TAIL", bump("TAIL"))
barrier()
