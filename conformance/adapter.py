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


# --- browser side -------------------------------------------------------------------------------

# Run state of the app: `data-test-script-state` from 1.38, `data-teststate` up to 1.37.
RUN_STATE_JS = """
() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app) return null;
  return app.getAttribute('data-test-script-state') ?? app.getAttribute('data-teststate');
}
"""

# Connection state exists from 1.38 only; older releases report null, which counts as connected.
CONNECTED_JS = """
() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app) return false;
  const c = app.getAttribute('data-test-connection-state');
  return c === null || c === 'CONNECTED';
}
"""

IDLE_STATE = "notRunning"

# Markers are lines `NAME=value` written by fixture apps with st.text; NAME is upper case.
MARKERS_JS = """
(root) => {
  const scope = root ? document.querySelector(root) : document.body;
  const out = {};
  if (!scope) return out;
  const re = /(?:^|\\s)([A-Z][A-Z0-9_]*)=(\\S*)/g;
  for (const m of scope.innerText.matchAll(re)) {
    (out[m[1]] = out[m[1]] || []).push(m[2]);
  }
  return out;
}
"""

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
