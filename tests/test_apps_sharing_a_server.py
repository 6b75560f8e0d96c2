"""The apps one dispatch server runs share its process: what an app changes in the `streamlit` module (a
counterfeit's no-op `st.rerun`) is undone before the next app runs, so one app cannot break another's checks;
and a session's pictures are its own, so an earlier check's session cannot keep them served."""

import types

from conformance.dispatch import module_guard
from conformance.live_app import LiveApp
from conformance.server import DISPATCH_APP, StreamlitServer, app_url
from tests.kit_run import ROOT

BREAKER = """
import streamlit as st
st.rerun = lambda *args, **kwargs: None
st.left_by_breaker = True
st.text("FULL=1")
st.text("BROKE=yes")
"""

READER = """
import streamlit as st
st.text("FULL=1")
st.text(f"RERUN={st.rerun.__name__}")
st.text(f"LEFT={hasattr(st, 'left_by_breaker')}")
"""


def test_an_apps_change_to_streamlit_is_gone_for_the_next_app(tmp_path, page):
    (tmp_path / "breaker.py").write_text(BREAKER)
    (tmp_path / "reader.py").write_text(READER)
    server = StreamlitServer(DISPATCH_APP, tmp_path / "server", env={"KIT_APP_ROOTS": str(tmp_path)}).start()
    try:
        broke = LiveApp(page, app_url(server, tmp_path / "breaker.py"), server=server).open(BROKE="yes")
        read = LiveApp(page, app_url(server, tmp_path / "reader.py"), server=server).open(at_least={"FULL": 1})
        log = server.log_since(0)
    finally:
        server.stop()
    assert not broke.timed_out and not read.timed_out, "both apps ran"
    assert (read["RERUN"], read["LEFT"]) == ("rerun", "False"), "the reader saw Streamlit's own st.rerun only"
    assert "kit: undid an earlier app's changes to streamlit: left_by_breaker, rerun" in log


def test_restore_puts_back_replaced_and_removed_names_and_keeps_new_submodules():
    module = types.ModuleType("fake")
    module.rerun, module.gone = print, len
    original = dict(vars(module))
    module.rerun = None
    del module.gone
    module.added = 1
    module.submodule = types.ModuleType("fake.submodule")
    undone = module_guard.restore(module, original)
    assert undone == ["added", "gone", "rerun"]
    assert (module.rerun, module.gone, hasattr(module, "added")) == (print, len, False)
    assert isinstance(module.submodule, types.ModuleType), "a submodule imported since stays reachable"


PICTURE = """
import pathlib, sys
sys.path.insert(0, {root!r})
import streamlit as st
from conformance.app_kit import picture
st.image(picture("teal", (8, 8)))
st.text("FULL=1")
"""


def test_a_picture_drawn_by_two_sessions_is_two_files(tmp_path, page):
    # An earlier check's session, kept by the shared server, must not keep this check's media served (INV-04).
    (tmp_path / "picture.py").write_text(PICTURE.format(root=str(ROOT)))
    server = StreamlitServer(DISPATCH_APP, tmp_path / "server", env={"KIT_APP_ROOTS": str(tmp_path)}).start()
    sources = []
    try:
        for _ in range(2):
            LiveApp(page, app_url(server, tmp_path / "picture.py"), server=server).open(FULL="1")
            sources.append(page.locator("img").first.get_attribute("src"))
    finally:
        server.stop()
    assert sources[0] and sources[1] and sources[0] != sources[1], f"each session draws its own file: {sources}"
