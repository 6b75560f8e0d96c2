"""The fragment decorator in each form: bare, called empty, called with run_every, and as a plain call.

Markers: FULL; BARE, CALLED, TIMED, DIRECT (runs of each fragment); KEPT_<FORM> (which of name, dict and
signature the decorated callable kept); BARRIER.
"""

import inspect
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker


def tagged(fn):
    """Give the undecorated function an attribute, to see whether the decorated one still has it."""
    fn.kit_tag = fn.__name__
    return fn


def body(form):
    marker(form, bump(form))
    st.button(f"{form} button")


@fragment
@tagged
def bare_fragment(form="BARE"):
    body(form)


@fragment()
@tagged
def called_fragment(form="CALLED"):
    body(form)


@fragment(run_every=3600)  # an interval far longer than any check, so no automatic rerun interferes
@tagged
def timed_fragment(form="TIMED"):
    body(form)


@tagged
def direct_body(form="DIRECT"):
    body(form)


direct_fragment = fragment(direct_body)
FORMS = {"BARE": (bare_fragment, "bare_fragment"), "CALLED": (called_fragment, "called_fragment"),
         "TIMED": (timed_fragment, "timed_fragment"), "DIRECT": (direct_fragment, "direct_body")}

full_run()
for form, (decorated, name) in FORMS.items():
    kept = [
        "name" if decorated.__name__ == name else None,
        "dict" if getattr(decorated, "kit_tag", None) == name else None,
        "signature" if str(inspect.signature(decorated)) == f"(form='{form}')" else None,
    ]
    marker(f"KEPT_{form}", ",".join(k for k in kept if k) or "nothing")
    decorated()
barrier()
