"""Counterfeit of fixtures/dialog_misuse.py: the inner dialog opens inside the outer one without an error (its body runs in place).

Catches: test_nested_dialog_raises
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st
from streamlit.errors import StreamlitAPIException

from conformance.app_kit import barrier, bump, dialog_decorator, full_run, marker


full_run()
dialog = dialog_decorator()
if dialog is None:
    marker("DIALOG", "absent")
else:
    marker("DIALOG", "present")

    def inner_dialog():  # the break: no @dialog, so nesting it cannot raise
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
