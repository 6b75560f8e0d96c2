"""`st.fragment` used directly, where it exists, and its parameters as `inspect` sees them.

Markers: FULL; SIGNATURE (e.g. func=None,*,run_every=None, or absent); PLAIN (runs of a fragment made with
st.fragment); BARRIER.
"""

import inspect
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, full_run, marker


def describe(fn):
    """A signature without annotations or spaces: `func=None,*,run_every=None`."""
    parts = []
    params = list(inspect.signature(fn).parameters.values())
    for i, p in enumerate(params):
        if p.kind is p.KEYWORD_ONLY and "*" not in parts and not any(x.startswith("*") for x in parts):
            parts.append("*")
        prefix = {p.VAR_POSITIONAL: "*", p.VAR_KEYWORD: "**"}.get(p.kind, "")
        parts.append(prefix + (p.name if p.default is p.empty else f"{p.name}={p.default!r}"))
        if p.kind is p.POSITIONAL_ONLY and (i + 1 == len(params) or params[i + 1].kind is not p.POSITIONAL_ONLY):
            parts.append("/")
    return ",".join(parts)


full_run()
st_fragment = getattr(st, "fragment", None)
marker("SIGNATURE", describe(st_fragment) if st_fragment else "absent")

if st_fragment:

    @st_fragment
    def plain_fragment():
        marker("PLAIN", bump("PLAIN"))
        st.button("Plain button")

    plain_fragment()
barrier()
