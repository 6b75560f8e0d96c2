"""Counterfeit of fixtures/fragment_signature.py: a stand-in st.fragment with positional parameters that
makes no fragment.

Catches: test_st_fragment_parameters, test_st_fragment_makes_a_fragment
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, full_run, marker


def st_fragment(func=None, run_every=None, parallel=False, key=None):
    return func


full_run()
marker("SIGNATURE", "func=None,run_every=None,parallel=False,key=None")


@st_fragment
def plain_fragment():
    marker("PLAIN", bump("PLAIN"))
    st.button("Plain button")


plain_fragment()
barrier()
