"""Keyed fragments (`@st.fragment(key=...)`, 1.63+) and `st.rerun("<key>")`.

- `panel` (key "panel") is called at two call sites, A and B; `seven` has the int key 7; `other` has no key.
- "Rerun panel from callback" / "Rerun seven from callback": main-script buttons whose on_click calls
  st.rerun("panel") / st.rerun("7") (the int key in its str form).
- "Rerun key from body" / "Rerun key from fragment body": st.rerun("panel") in the script / fragment body.
- "Rerun unknown key from callback": on_click calls st.rerun("no-such-fragment").
- Decoration with the reserved keys "app" and "fragment", and a second function keyed "panel", are tried
  at every full run.

Markers: FULL; KEYS (supported or absent); PANEL_A, PANEL_B, SEVEN, OTHER (fragment runs); TAIL (full runs,
counted at the end); RESERVED_APP, RESERVED_FRAGMENT (exception class, or accepted); DUPLICATE (exception
class, or accepted); BODY_RERUN, FRAG_BODY_RERUN, UNKNOWN_RERUN (exception class); *_MSG (yes when the
message says what the clause says); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

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

    @keyed("panel")
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
