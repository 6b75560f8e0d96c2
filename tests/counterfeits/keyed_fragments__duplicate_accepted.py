"""Counterfeit of fixtures/keyed_fragments.py: a second function with the key 'panel' is accepted and runs.

Catches: test_one_key_on_two_functions_raises
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker


def keyed(key):
    """`fragment(key=key)`, or None where fragments take no key (before 1.63)."""
    try:
        return fragment(key=key)
    except TypeError:
        return None


def error_marker(name, exc, says):
    marker(name, type(exc).__name__)
    marker(f"{name}_MSG", "yes" if says in str(exc) else "no")


def remember_error(name, exc, says):
    st.session_state[name] = (type(exc).__name__, "yes" if says in str(exc) else "no")


def rerun_target(target):
    st.rerun(target)


def rerun_unknown():
    try:
        st.rerun("no-such-fragment")
    except Exception as exc:  # the clause is about this exception; the callback then returns normally
        remember_error("UNKNOWN_RERUN", exc, "No fragment found")


full_run()
if keyed("probe") is None:
    marker("KEYS", "absent")
else:
    marker("KEYS", "supported")

    @keyed("panel")
    def panel(name):
        marker(f"PANEL_{name}", bump(f"PANEL_{name}"))
        st.button(f"Panel {name} button")

    @keyed(7)
    def seven():
        marker("SEVEN", bump("SEVEN"))

    @fragment
    def other():
        marker("OTHER", bump("OTHER"))
        if st.button("Rerun key from fragment body"):
            try:
                st.rerun("panel")
            except Exception as exc:  # the clause is about which exception this is
                error_marker("FRAG_BODY_RERUN", exc, "only allowed from a widget callback")

    for reserved in ("app", "fragment"):
        try:
            keyed(reserved)
        except Exception as exc:  # the clause is about which exception this is
            error_marker(f"RESERVED_{reserved.upper()}", exc, "reserved")
        else:
            marker(f"RESERVED_{reserved.upper()}", "accepted")

    panel("A")
    panel("B")
    seven()
    other()

    @keyed("impostor")  # the break: the duplicate key is accepted
    def impostor():
        marker("IMPOSTOR", bump("IMPOSTOR"))

    try:
        impostor()
    except Exception as exc:  # the clause is about which exception this is
        error_marker("DUPLICATE", exc, "panel")
    else:
        marker("DUPLICATE", "accepted")

    st.button("Rerun panel from callback", on_click=rerun_target, args=("panel",))
    st.button("Rerun seven from callback", on_click=rerun_target, args=("7",))
    st.button("Rerun unknown key from callback", on_click=rerun_unknown)
    if st.button("Rerun key from body"):
        try:
            st.rerun("panel")
        except Exception as exc:  # the clause is about which exception this is
            error_marker("BODY_RERUN", exc, "only allowed from a widget callback")
    if "UNKNOWN_RERUN" in st.session_state:
        marker("UNKNOWN_RERUN", st.session_state.UNKNOWN_RERUN[0])
        marker("UNKNOWN_RERUN_MSG", st.session_state.UNKNOWN_RERUN[1])
    marker("TAIL", bump("TAIL"))
barrier()
