"""Counterfeit of fixtures/parallel_restricted_calls.py: the fragment is not parallel, so nothing refuses the
dialog (it opens) and st.switch_page fails for another reason (there is no such page).

Catches: test_parallel_fragment_cannot_open_a_dialog, test_parallel_fragment_cannot_switch_page
"""

import inspect
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, full_run, marker

REFUSAL = "cannot be called from a parallel fragment"

full_run()
fragment = getattr(st, "fragment", None)
has_parallel = fragment is not None and "parallel" in inspect.signature(fragment).parameters
marker("PARALLEL", "present" if has_parallel else "absent")


def attempt(name, call):
    try:
        call()
    except Exception as exc:
        marker(f"{name}_ERROR", type(exc).__name__)
        marker(f"{name}_SAYS", "yes" if REFUSAL in str(exc) else "no")
    else:
        marker(f"{name}_ERROR", "none")


if has_parallel:

    @st.dialog("Dialog from a parallel fragment")
    def dialog_from_worker():
        marker("DIALOG_BODY", bump("DIALOG_BODY"))

    @st.fragment(parallel=False)
    def worker():
        attempt("DIALOG", dialog_from_worker)
        attempt("SWITCH", lambda: st.switch_page("no_such_page.py"))
        marker("WORKER_DONE", bump("WORKER_DONE"))

    worker()
barrier()
