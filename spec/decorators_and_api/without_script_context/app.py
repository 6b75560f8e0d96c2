"""A fragment called with no Streamlit script-run context: run this file with plain `python`.

Prints the marker line `RESULT=<repr of the return value> BODY_RAN=<times the body ran>`.
Under `streamlit run` the same line is shown on the page (there the context exists and the body runs).
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.adapter

import streamlit as st

from conformance.adapter import fragment

body_runs = []


@fragment
def fragment_with_value():
    body_runs.append(1)
    return "value"


result = fragment_with_value()
line = f"RESULT={result!r} BODY_RAN={len(body_runs)}"
print(line)
st.text(line)
