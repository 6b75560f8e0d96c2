"""Helpers for fixture apps (imported inside the Streamlit server; Streamlit 1.33 API only).

Every fixture app counts its full runs in the marker FULL and ends with `barrier()`.
"""

from __future__ import annotations

import hashlib

import streamlit as st

from conformance.adapter import current_fragment_id, dialog_decorator, fragment, fragments_this_run

__all__ = [
    "dialog_decorator",
    "fragment",
    "bump",
    "marker",
    "full_run",
    "barrier",
    "streamlit_with",
    "current_fragment_id",
    "fragments_this_run",
    "arm_page_timer",
    "picture",
]


def bump(name: str) -> int:
    """Add one to the Session State counter `name` and return it."""
    st.session_state[name] = st.session_state.get(name, 0) + 1
    return st.session_state[name]


def marker(name: str, value) -> None:
    """Show `NAME=value` as plain text (st.text: no markdown, so underscores stay as they are)."""
    st.text(f"{name}={value}")


def full_run() -> int:
    """Count and show a full run; call it first thing in the script."""
    n = bump("FULL")
    marker("FULL", n)
    return n


@fragment
def _barrier_fragment():
    st.button("Barrier")
    marker("BARRIER", bump("BARRIER"))


def barrier() -> None:
    """A fragment the harness clicks to make sure every earlier rerun request has been served."""
    _barrier_fragment()


def picture(colour: str, size: tuple[int, int]):
    """A plain picture in `colour` that this session alone draws (its corner pixel is made from the session's id).

    The server keeps serving a media file while any session refers to it, and a shared server keeps the sessions
    of the worker's earlier checks: a picture they drew too would stay served, and hide a release that stops
    serving the media this page shows (INV-04).
    """
    from PIL import Image
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    image = Image.new("RGB", size, colour)
    image.putpixel((0, 0), tuple(hashlib.sha256(get_script_run_ctx().session_id.encode()).digest()[:3]))
    return image


def streamlit_with(**replaced):
    """`streamlit` as one app sees it, with some attributes replaced (a counterfeit's break).

    The apps of a dispatch server share its process: assigning to `st.rerun` itself changes it for every
    session on that server until the next app's run undoes it (dispatch/module_guard.py). Use
    `st = streamlit_with(rerun=...)` instead.
    """
    return _Overlay(replaced)


class _Overlay:
    def __init__(self, replaced: dict):
        vars(self).update(replaced)

    def __getattr__(self, name):
        return getattr(st, name)


def arm_page_timer(fragment_id: str, interval_s: float) -> None:
    """For counterfeits: start a timer in the page that sends `fragment_id`'s auto-rerun requests every
    `interval_s`, as a build that failed to cancel that fragment's timer would leave running."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    msg = ForwardMsg()
    msg.auto_rerun.interval = interval_s
    msg.auto_rerun.fragment_id = fragment_id
    get_script_run_ctx().enqueue(msg)
