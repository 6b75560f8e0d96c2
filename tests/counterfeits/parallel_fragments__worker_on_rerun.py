"""Counterfeit of fixtures/parallel_fragments.py: a fragment rerun of A runs its body on a worker thread too.

Catches: test_fragment_rerun_of_parallel_fragment_runs_on_script_thread
"""

import inspect
import pathlib
import sys
import threading
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, full_run, marker

A_SLEEP_S = 1.5  # long enough that running A and B one after the other is clearly slower than together
B_SLEEP_S = 1.0  # shorter than A, so B finishes first: completion order differs from call order


def _now_ms() -> int:
    return int(time.time() * 1000)


def _thread() -> str:
    return threading.current_thread().name.replace(" ", "_")


def _worker_thread() -> str:
    names = []
    worker = threading.Thread(target=lambda: names.append(_thread()), name="FakeWorker")
    worker.start()
    worker.join()
    return names[0]


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
        marker("A_THREAD", _worker_thread())
        st.button("Rerun A")
        time.sleep(A_SLEEP_S)  # the work a parallel fragment overlaps with the others  # noqa: sleep (an app or a health poll, not a check)
        marker("A_RUNS", bump("A_RUNS"))
        marker("A_END", _now_ms())
        return "a-value"

    @st.fragment(parallel=True)
    def slow_b():
        marker("B_START", _now_ms())
        marker("B_THREAD", _thread())
        time.sleep(B_SLEEP_S)  # overlaps with slow_a when both run in parallel  # noqa: sleep (an app or a health poll, not a check)
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
