"""Invalid dialog use: a dialog opened inside another dialog, and a dialog with an empty title.

Markers: FULL; DIALOG (present or absent); OUTER_DLG (outer dialog body runs); NESTED_DONE (set when the
nested call returned without raising); EMPTY_TITLE (raised or accepted); EMPTY_TITLE_ERROR (its class);
EMPTY_TITLE_IS_API_ERROR (yes or no: a StreamlitAPIException subclass); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st
from streamlit.errors import StreamlitAPIException

from conformance.app_kit import barrier, bump, dialog_decorator, full_run, marker


full_run()
dialog = dialog_decorator()
if dialog is None:
    marker("DIALOG", "absent")
else:
    marker("DIALOG", "present")

    @dialog("Inner dialog")
    def inner_dialog():
        marker("INNER_DLG", bump("INNER_DLG"))

    @dialog("Outer dialog")
    def outer_dialog():
        marker("OUTER_DLG", bump("OUTER_DLG"))
        inner_dialog()  # the misuse under test: it raises, and the exception is shown
        marker("NESTED_DONE", 1)

    try:
        dialog("")(lambda: None)
    except Exception as exc:  # the clause is about which exception this is
        marker("EMPTY_TITLE", "raised")
        marker("EMPTY_TITLE_ERROR", type(exc).__name__)
        marker("EMPTY_TITLE_IS_API_ERROR", "yes" if isinstance(exc, StreamlitAPIException) else "no")
    else:
        marker("EMPTY_TITLE", "accepted")

    if st.button("Open nested dialogs"):
        outer_dialog()
barrier()
