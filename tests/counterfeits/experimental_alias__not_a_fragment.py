"""Counterfeit of fixtures/experimental_alias.py: the alias exists but does not make a fragment.

Catches: test_experimental_fragment_makes_a_fragment_or_is_gone
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, full_run, marker

full_run()
marker("ALIAS", "present")


def experimental_fragment(fn):
    return fn


@experimental_fragment
def alias_fragment():
    marker("ALIAS_FRAG", bump("ALIAS_FRAG"))
    st.button("Alias button")


alias_fragment()
barrier()
