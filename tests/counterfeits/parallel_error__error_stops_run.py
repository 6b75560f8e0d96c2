"""Counterfeit of fixtures/parallel_error.py: the failing fragment is not parallel, so its error ends the full run.

Catches: test_parallel_fragment_error_stays_in_its_container_and_app_goes_on
"""

import inspect
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, full_run, marker

full_run()
fragment = getattr(st, "fragment", None)
has_parallel = fragment is not None and "parallel" in inspect.signature(fragment).parameters
marker("PARALLEL", "present" if has_parallel else "absent")

if has_parallel:

    @st.fragment
    def failing():
        marker("FAIL_START", bump("FAIL_START"))
        raise ValueError("kit-parallel-failure")

    @st.fragment(parallel=True)
    def healthy():
        marker("HEALTHY", bump("HEALTHY"))

    marker("BEFORE", "main")
    failing()
    marker("BETWEEN", "main")
    healthy()
    marker("TAIL", bump("TAIL"))
barrier()
