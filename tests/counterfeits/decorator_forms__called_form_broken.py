"""Counterfeit of fixtures/decorator_forms.py: the called forms return the bare function, and the
decorator forgets the function's name, dict and signature.

Catches: test_every_decorator_form_makes_a_fragment, test_decorated_function_keeps_its_metadata
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker


def lossy(func=None, **kwargs):
    if func is None:
        return lambda fn: fn  # @fragment() and @fragment(run_every=...) make no fragment
    made = fragment(func)
    return lambda *a, **k: made(*a, **k)  # no functools.wraps


def tagged(fn):
    fn.kit_tag = fn.__name__
    return fn


def body(form):
    marker(form, bump(form))
    st.button(f"{form} button")


@lossy
@tagged
def bare_fragment(form="BARE"):
    body(form)


@lossy()
@tagged
def called_fragment(form="CALLED"):
    body(form)


@lossy(run_every=3600)
@tagged
def timed_fragment(form="TIMED"):
    body(form)


@tagged
def direct_body(form="DIRECT"):
    body(form)


direct_fragment = lossy(direct_body)
FORMS = {"BARE": (bare_fragment, "bare_fragment"), "CALLED": (called_fragment, "called_fragment"),
         "TIMED": (timed_fragment, "timed_fragment"), "DIRECT": (direct_fragment, "direct_body")}

full_run()
for form, (decorated, name) in FORMS.items():
    kept = ["name" if decorated.__name__ == name else None,
            "dict" if getattr(decorated, "kit_tag", None) == name else None]
    marker(f"KEPT_{form}", ",".join(k for k in kept if k) or "nothing")
    decorated()
barrier()
