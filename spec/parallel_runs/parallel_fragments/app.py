"""Two parallel fragments (`@st.fragment(parallel=True)`, 1.58+) between main-script markers.

On releases without the `parallel` parameter the app only writes PARALLEL=absent (the checks are n/a there).

Markers: FULL; PARALLEL (present or absent); SCRIPT_THREAD (thread name of the main script in this full run);
BEFORE, BETWEEN, AFTER (main-script markers around and between the two calls, in page order); MAIN_AT (ms
timestamp taken right after both calls returned); RET_A, RET_B (repr of what the calls returned);
A_START, A_END, A_THREAD, A_RUNS and B_START, B_END, B_THREAD, B_RUNS (server-side ms timestamps, thread
name, run count of each fragment body); C_ERROR, C_MESSAGE, C_INSIDE (fragment C writes into a container
created outside it); BARRIER.
"""

import inspect
import pathlib
import sys
import threading
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, full_run, marker

A_SLEEP_S = 1.5  # long enough that running A and B one after the other is clearly slower than together
B_SLEEP_S = 1.0  # shorter than A, so B finishes first: completion order differs from call order


def _now_ms() -> int:
    return int(time.time() * 1000)


def _thread() -> str:
    return threading.current_thread().name.replace(" ", "_")


full_run()
fragment = getattr(st, "fragment", None)
has_parallel = fragment is not None and "parallel" in inspect.signature(fragment).parameters
marker("PARALLEL", "present" if has_parallel else "absent")

if has_parallel:
    marker("SCRIPT_THREAD", _thread())
    outside = st.container()  # created by the main script, before any fragment

    @st.fragment(parallel=True)
    def slow_a():
        marker("A_START", _now_ms())
        marker("A_THREAD", _thread())
        st.button("Rerun A")
        time.sleep(A_SLEEP_S)  # the work a parallel fragment overlaps with the others
        marker("A_RUNS", bump("A_RUNS"))
        marker("A_END", _now_ms())
        return "a-value"

    @st.fragment(parallel=True)
    def slow_b():
        marker("B_START", _now_ms())
        marker("B_THREAD", _thread())
        time.sleep(B_SLEEP_S)  # overlaps with slow_a when both run in parallel
        marker("B_RUNS", bump("B_RUNS"))
        marker("B_END", _now_ms())
        return "b-value"

    @st.fragment(parallel=True)
    def writes_outside():
        try:
            outside.text("C_OUTSIDE_WRITE=done")
        except Exception as exc:  # the clause is about which exception this is
            marker("C_ERROR", type(exc).__name__)
            marker("C_MESSAGE", str(exc).split("\n")[0].replace(" ", "_")[:80])
        else:
            marker("C_ERROR", "none")
        marker("C_INSIDE", bump("C_INSIDE"))

    marker("BEFORE", "main")
    ret_a = slow_a()
    marker("BETWEEN", "main")
    ret_b = slow_b()
    marker("MAIN_AT", _now_ms())
    marker("RET_A", repr(ret_a))
    marker("RET_B", repr(ret_b))
    writes_outside()
    marker("AFTER", "main")
barrier()
