"""Counterfeit of fixtures/dialog_misuse.py: decorating with an empty title is accepted.

Catches: test_empty_title_raises
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

    @dialog("Inner dialog")
    def inner_dialog():
        marker("INNER_DLG", bump("INNER_DLG"))

    @dialog("Outer dialog")
    def outer_dialog():
        marker("OUTER_DLG", bump("OUTER_DLG"))
        inner_dialog()  # the misuse under test: it raises, and the exception is shown
        marker("NESTED_DONE", 1)

    try:
        (lambda f: f)(lambda: None)  # the break: the empty-title decoration is accepted
    except Exception as exc:  # the clause is about which exception this is
        marker("EMPTY_TITLE", "raised")
        marker("EMPTY_TITLE_ERROR", type(exc).__name__)
        marker("EMPTY_TITLE_IS_API_ERROR", "yes" if isinstance(exc, StreamlitAPIException) else "no")
    else:
        marker("EMPTY_TITLE", "accepted")

    if st.button("Open nested dialogs"):
        outer_dialog()
barrier()
