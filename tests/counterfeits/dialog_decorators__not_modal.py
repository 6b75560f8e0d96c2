"""Counterfeit of fixtures/dialog_decorators.py: the decorators run the body inline instead of in a modal.

Catches: test_experimental_dialog_exists_and_opens_a_modal, test_dialog_exists_and_opens_a_modal
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

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
    decorator = lambda title: (lambda f: f)  # the break: no modal, the body runs inline

    @decorator(f"Title of {name}")
    def show_dialog(NAME=NAME):
        marker(f"{NAME}_BODY", bump(f"{NAME}_BODY"))

    if st.button(f"Open {name}"):
        show_dialog()
barrier()
