"""Apps served by one dispatch server share its process, and with it the `streamlit` module. An app that
replaces one of its attributes (a counterfeit emulating a broken build, say a no-op `st.rerun`) would change
what every later app on that server sees. The dispatch app calls `restore()` before it runs an app.

Only the module's own attributes are put back: submodules imported since (`streamlit.foo` after
`import streamlit.foo`) stay, since Python does not set them again once they are in sys.modules.
"""

from __future__ import annotations

import types

import streamlit

_ORIGINAL = dict(vars(streamlit))


def restore(module: types.ModuleType = streamlit, original: dict | None = None) -> list[str]:
    """Undo what apps changed in `module` since `original` was taken; return the names put back or removed."""
    original = _ORIGINAL if original is None else original
    current = vars(module)
    touched = []
    for name in list(current):
        if name not in original:
            if not isinstance(current[name], types.ModuleType):
                delattr(module, name)
                touched.append(name)
        elif current[name] is not original[name]:
            setattr(module, name, original[name])
            touched.append(name)
    for name in original.keys() - current.keys():
        setattr(module, name, original[name])
        touched.append(name)
    return sorted(touched)
