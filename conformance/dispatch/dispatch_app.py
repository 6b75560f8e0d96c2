"""The script one Streamlit server runs for many fixture apps: it runs the app named in the URL as the main
script, `http://127.0.0.1:PORT/?app=/abs/path/to/fixture.py`.

The app's code runs in this script's own module namespace (a fresh `__main__` on every run, as Streamlit
gives any main script), with `__file__` set to the app's path, so it behaves as under `streamlit run APP`.
Only files under the folders in KIT_APP_ROOTS (set by the harness) are run. What an earlier app changed in
the `streamlit` module is undone first (module_guard.py). Apps with pages of their own
(st.navigation, a pages/ folder) need to be the server's real main script and get a server of their own.
"""

import os
import sys
from pathlib import Path

import streamlit as st

if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
from module_guard import restore  # noqa: E402

_ROOTS = [Path(p).resolve() for p in os.environ.get("KIT_APP_ROOTS", "").split(os.pathsep) if p]


def _app_path() -> Path | None:
    asked = st.query_params.get("app")
    if not asked:
        return None
    path = Path(asked).resolve()
    if path.suffix != ".py" or not path.is_file() or not any(root in path.parents for root in _ROOTS):
        return None
    return path


_undone = restore()
if _undone:
    print(f"kit: undid an earlier app's changes to streamlit: {', '.join(_undone)}", flush=True)
_path = _app_path()
if _path is None:
    st.error("This server runs the kit's fixture apps: open it with ?app=/path/to/fixture.py")
    st.stop()
if str(_path.parent) not in sys.path:
    sys.path.insert(0, str(_path.parent))  # as `streamlit run` puts the main script's folder on the path
__file__ = str(_path)
exec(compile(_path.read_bytes(), __file__, "exec"))
