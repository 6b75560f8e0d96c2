"""Counterfeit of fixtures/dialog_decorators.py: both decorator names exist, and they run the body inline
instead of in a modal.

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
    marker(NAME, "present")  # both names exist in this counterfeit, whatever the release
    decorator = lambda title: (lambda f: f)  # the break: no modal, the body runs inline

    @decorator(f"Title of {name}")
    def show_dialog(NAME=NAME):
        marker(f"{NAME}_BODY", bump(f"{NAME}_BODY"))

    if st.button(f"Open {name}"):
        show_dialog()
barrier()
