"""A parallel fragment (1.58+) that, in the full run, tries to open a dialog and to switch page.

Both are refused during a parallel fragment's worker phase; the fragment catches each refusal and goes on.
On releases without the `parallel` parameter the app only writes PARALLEL=absent (the checks are n/a there).

Markers: FULL; PARALLEL (present or absent); DIALOG_ERROR, SWITCH_ERROR (the class of what the call raised,
or none); DIALOG_SAYS, SWITCH_SAYS (yes when its message says the call cannot be made from a parallel
fragment); DIALOG_BODY (runs of the dialog's body); WORKER_DONE (runs of the fragment that reached its end);
BARRIER.
"""

import inspect
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

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
    except Exception as exc:  # the clause is about which exception this is
        marker(f"{name}_ERROR", type(exc).__name__)
        marker(f"{name}_SAYS", "yes" if REFUSAL in str(exc) else "no")
    else:
        marker(f"{name}_ERROR", "none")


if has_parallel:

    @st.dialog("Dialog from a parallel fragment")
    def dialog_from_worker():
        marker("DIALOG_BODY", bump("DIALOG_BODY"))

    @st.fragment(parallel=True)
    def worker():
        attempt("DIALOG", dialog_from_worker)
        attempt("SWITCH", lambda: st.switch_page("no_such_page.py"))
        marker("WORKER_DONE", bump("WORKER_DONE"))

    worker()
barrier()
