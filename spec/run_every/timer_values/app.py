"""The values `run_every` takes: int, float, timedelta and time strings tick; falsy values never tick; a
malformed string raises when the fragment is called in a full run.

Markers: FULL; RUNS_<KIND> (runs of each fragment since the full run, the full run's own call counted as 1)
and INTERVALS_<KIND> (server-side ms between its consecutive runs, comma-separated) for the ticking kinds
INT (1), FLOAT (0.5), TIMEDELTA (timedelta of 600 ms), STRING ("700ms"); the periods differ so
that their ticks seldom meet in one queue; NOMINAL_<KIND> (the interval each
one should have, in ms); RUNS_NONE, RUNS_ZERO, RUNS_ZERO_FLOAT, RUNS_ZERO_TIMEDELTA (falsy values);
BAD_DECORATED (the decorator with a malformed string was applied without error); BAD_ERROR (the exception
class raised by calling that fragment, or none); BARRIER.
"""

import datetime
import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, fragment, full_run, marker

full_run()


def _make(kind: str, run_every):
    st.session_state[f"stamps_{kind}"] = []  # counted from this full run on

    @fragment(run_every=run_every)
    def ticking():
        stamps = st.session_state[f"stamps_{kind}"]
        stamps.append(time.time())
        marker(f"RUNS_{kind}", len(stamps))
        gaps = [round((b - a) * 1000) for a, b in zip(stamps, stamps[1:])]
        marker(f"INTERVALS_{kind}", ",".join(str(g) for g in gaps[-60:]) or "none")

    return ticking


TICKING = {
    "INT": (1, 1000),
    "FLOAT": (0.5, 500),
    "TIMEDELTA": (datetime.timedelta(milliseconds=600), 600),
    "STRING": ("700ms", 700),
}
FALSY = {"NONE": None, "ZERO": 0, "ZERO_FLOAT": 0.0, "ZERO_TIMEDELTA": datetime.timedelta(0)}

for kind, (value, nominal_ms) in TICKING.items():
    marker(f"NOMINAL_{kind}", nominal_ms)
    _make(kind, value)()
for kind, value in FALSY.items():
    _make(kind, value)()

try:
    bad = fragment(run_every="every now and then")(lambda: marker("BAD_RAN", 1))
except Exception as exc:  # the clause says the decorator does not raise yet
    marker("BAD_DECORATED", "raised")
    marker("BAD_ERROR", type(exc).__name__)
else:
    marker("BAD_DECORATED", "yes")
    try:
        bad()
    except Exception as exc:  # the clause is about which exception this is
        marker("BAD_ERROR", type(exc).__name__)
    else:
        marker("BAD_ERROR", "none")
barrier()
