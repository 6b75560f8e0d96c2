"""`st.experimental_dialog` and `st.dialog`, each looked up and, where present, used to open a dialog.

Markers: FULL; EXPERIMENTAL_DIALOG and DIALOG (present or absent); EXPERIMENTAL_DIALOG_ERROR and
DIALOG_ERROR (the lookup's exception class when absent); EXPERIMENTAL_DIALOG_BODY and DIALOG_BODY (the
dialog body runs, drawn inside the dialog); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, full_run, marker

full_run()
for name in ("experimental_dialog", "dialog"):
    NAME = name.upper()
    try:
        decorator = getattr(st, name)
    except Exception as exc:  # the clause is about whether the name exists
        marker(NAME, "absent")
        marker(f"{NAME}_ERROR", type(exc).__name__)
        continue
    marker(NAME, "present")

    @decorator(f"Title of {name}")
    def show_dialog(NAME=NAME):
        marker(f"{NAME}_BODY", bump(f"{NAME}_BODY"))

    if st.button(f"Open {name}"):
        show_dialog()
barrier()
