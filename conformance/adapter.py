"""Everything that drifted between Streamlit releases, in one place.

Fixture apps import the app-side half (`fragment`, `rerun_scope_supported`); the harness uses the
browser-side half (JavaScript and selectors). Tests never look at version numbers: they ask this module.
Only the standard library is imported at module level, so fixture apps can use it inside the server.
"""

from __future__ import annotations

# --- app side -----------------------------------------------------------------------------------


def fragment(*args, **kwargs):
    """`st.fragment` where it exists (1.37+), else `st.experimental_fragment` (1.33-1.36)."""
    import streamlit as st

    decorator = getattr(st, "fragment", None) or st.experimental_fragment
    return decorator(*args, **kwargs)


def dialog_decorator():
    """`st.dialog` (1.37+), else `st.experimental_dialog` (1.34-1.36), else None (1.33)."""
    import streamlit as st

    for name in ("dialog", "experimental_dialog"):
        try:
            found = getattr(st, name)
        except Exception:  # a removed alias may raise something other than AttributeError
            continue
        if found is not None:
            return found
    return None


def current_fragment_id() -> str | None:
    """The id of the fragment whose body is running (None outside fragments): the thread state's
    `fragment_id` from 1.59, the script-run context's `current_fragment_id` before."""
    try:
        from streamlit.runtime.scriptrunner_utils.script_run_context import ThreadState
    except ImportError:
        ThreadState = None
    if ThreadState is not None:
        return ThreadState.get().fragment_id
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    return ctx.current_fragment_id if ctx else None


def fragments_this_run() -> tuple[str, ...]:
    """The ids of the fragments this run was asked to run, in order (empty in a full run): the script-run
    context's `fragment_ids_this_run`, except on 1.37.0, which left it unset (streamlit#8953, reverted in
    1.37.1): there they are read from the rerun request the script runner is serving."""
    import sys

    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ids = getattr(get_script_run_ctx(), "fragment_ids_this_run", None)
    frame = sys._getframe(1) if ids is None else None
    while frame is not None:
        request = frame.f_locals.get("rerun_data")
        if hasattr(request, "fragment_id_queue"):
            return tuple(request.fragment_id_queue or ())
        frame = frame.f_back
    return tuple(ids or ())


# --- browser side -------------------------------------------------------------------------------

# The run state, the connection state and the markers are read by the page's half of the adapter,
# conformance/js/adapter.js, with the selectors below.

# Stable across 1.33-1.67: the CSS class `element-container` (the testid changed at 1.39) and the
# `data-stale` attribute on it.
ELEMENT_CONTAINER = ".element-container"
SIDEBAR = '[data-testid="stSidebar"]'
# One-shot effects: `stBalloons`/`stSnow` from 1.34-ish bundles on, `balloons`/`snow` in the oldest.
BALLOONS = '[data-testid="stBalloons"], [data-testid="balloons"]'
SNOW = '[data-testid="stSnow"], [data-testid="snow"]'
# Uncaught exceptions and st.exception: the same testid from 1.33 to 1.67; first line "Class: message".
EXCEPTION = '[data-testid="stException"]'
# A modal dialog (st.dialog, st.experimental_dialog): the ARIA role, the same from 1.34 to 1.67.
DIALOG = '[role="dialog"]'
# The app's root, marker text elements, layout blocks and alerts: the same testids from 1.33 to 1.67.
APP = '[data-testid="stApp"]'
TEXT_ELEMENT = '[data-testid="stText"]'
TEXT = f"{TEXT_ELEMENT}, .stText"
BLOCK = '[data-testid="stVerticalBlock"]'
ALERT = '[data-testid="stAlert"]'
STALE = f'{ELEMENT_CONTAINER}[data-stale="true"]'
# Charts and data grids draw text of their own (axes, menus) whenever they lay themselves out again.
DRAWING = "canvas, .vega-embed"
# What an element container shows while the code that draws its element still loads (newer releases).
LOADING = '[data-testid="stSkeleton"]'
# st.date_input: one text field up to about 1.60; newer releases draw one editable segment per part of the date.
DATE_INPUT = '[data-testid="stDateInput"]'
DATE_TEXT_FIELD = f'{DATE_INPUT} input:not([type="date"])'
DATE_SEGMENT = f'{DATE_INPUT} [role="spinbutton"]'

SELECTORS = {
    "app": APP,
    "text": TEXT,
    "textOrInside": f"{TEXT}, {TEXT_ELEMENT} *",
    "block": BLOCK,
    "alert": ALERT,
    "exception": EXCEPTION,
    "sidebar": SIDEBAR,
    "stale": STALE,
    "element": ELEMENT_CONTAINER,
    "dialog": DIALOG,
    "loading": LOADING,
    "drawing": DRAWING,
}
