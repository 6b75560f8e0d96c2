"""A parallel fragment (1.58+) that raises during every full run, followed by another one and main code.

On releases without the `parallel` parameter the app only writes PARALLEL=absent (the checks are n/a there).

Markers: FULL; PARALLEL (present or absent); BEFORE; FAIL_START (runs of the failing fragment, written before
it raises); BETWEEN; HEALTHY (runs of the second parallel fragment); TAIL (full runs that reached the end of
the script); BARRIER.
"""

import inspect
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, full_run, marker

full_run()
fragment = getattr(st, "fragment", None)
has_parallel = fragment is not None and "parallel" in inspect.signature(fragment).parameters
marker("PARALLEL", "present" if has_parallel else "absent")

if has_parallel:

    @st.fragment(parallel=True)
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
