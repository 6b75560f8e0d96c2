"""Counterfeit of fixtures/dialog_in_fragment.py: the dialog opened by the ticking fragment stops reacting once that fragment reruns (as on 1.64).

Catches: test_dialog_stays_interactive_after_its_fragment_reruns
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, dialog_decorator, fragment, full_run, marker


full_run()
dialog = dialog_decorator()
if dialog is None:
    marker("DIALOG", "absent")
else:
    marker("DIALOG", "present")

    @dialog("Fragment dialog")
    def fragment_dialog():
        marker("DLG", bump("DLG"))
        marker("DLG_SEES_FRAG", st.session_state.get("FRAG", 0))
        st.button("Dialog button")
        if st.button("Close with rerun"):
            st.rerun()

    @dialog("Failing dialog")
    def failing_dialog():
        marker("FAIL_DLG", bump("FAIL_DLG"))
        raise ValueError("dialog body failed")

    @dialog("Ticking dialog")
    def ticking_dialog():
        if "TICK_DLG" not in st.session_state:  # the break: later runs of the dialog change nothing
            bump("TICK_DLG")
        marker("TICK_DLG", st.session_state.TICK_DLG)
        st.button("Ticking dialog button")

    @fragment
    def opener_fragment():
        marker("FRAG", bump("FRAG"))
        if st.button("Open from fragment"):
            fragment_dialog()
        if st.button("Open failing dialog"):
            failing_dialog()

    def _start_ticking():
        st.session_state.ticking = True

    # Ticks only once asked: a tick's rerun request coalescing with a dialog's st.rerun() (QUEUE-05, up to
    # 1.62) would turn the full run the other checks wait for into a fragment run.
    @fragment(run_every=0.5 if st.session_state.get("ticking") else None)
    def ticking_fragment():
        marker("TICK", bump("TICK"))
        if st.button("Open from ticking fragment"):
            st.session_state.tick_open = True  # the dialog opens on the next tick, not in this run
        elif st.session_state.pop("tick_open", False):
            ticking_dialog()  # called once; later ticks do not call it again
            st.session_state.TICK_OPENED = 1
        marker("TICK_OPENED", st.session_state.get("TICK_OPENED", 0))

    opener_fragment()
    ticking_fragment()
    st.button("Start ticking", on_click=_start_ticking)
    marker("TICKING", "on" if st.session_state.get("ticking") else "off")
barrier()
