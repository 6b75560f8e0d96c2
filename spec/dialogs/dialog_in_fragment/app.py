"""Dialogs opened from inside fragments.

- "Open from fragment" (in a plain fragment) opens a counter dialog; "Open failing dialog" opens a dialog
  whose body raises ValueError("dialog body failed").
- A ticking fragment (run_every 0.5 s once "Start ticking" was clicked, no timer before) opens its own
  counter dialog once, on the tick after "Open from ticking fragment" was clicked, and keeps rerunning
  without calling it again.

Markers: FULL; DIALOG (present or absent); FRAG (fragment runs); DLG (counter dialog body runs); DLG_SEES_FRAG
(FRAG as the dialog body last saw it); FAIL_DLG (failing dialog body runs); TICK (ticking fragment runs);
TICK_OPENED (1 once the ticking fragment has called its dialog); TICK_DLG (its dialog's body runs); TICKING
(on once "Start ticking" was clicked); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

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
        marker("TICK_DLG", bump("TICK_DLG"))
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
