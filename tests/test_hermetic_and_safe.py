"""A run keeps to itself: its own HOME and TMPDIR (removed after), the user's Streamlit config unread, servers
on 127.0.0.1 only, and a browser that makes no connection beyond loopback."""

import json
import shutil
import socket
import tempfile
from pathlib import Path

import pytest

from conformance import browser as kit_browser
from conformance import layout, publish
from conformance.live_app import LiveApp
from conformance.server import DISPATCH_APP, StreamlitServer, app_url
from tests.kit_run import run_probe
from tests.report_data import outside_container_matrix

OPTION_APP = """
import streamlit as st
st.text(f"FULL=1 THEME={st.get_option('theme.base')} DETAILS={st.get_option('client.showErrorDetails')}")
"""


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.fixture
def short_tmp():
    """A temporary folder with a short path (Chromium's socket in it must fit in 108 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="kt-", dir="/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_user_config_is_ignored_and_nothing_is_left_behind(tmp_path, short_tmp):
    home, tmp, work = tmp_path / "home", short_tmp, tmp_path / "work"
    (home / ".streamlit").mkdir(parents=True)
    (home / ".streamlit" / "config.toml").write_text('[theme]\nbase = "dark"\n[client]\nshowErrorDetails = "none"\n')
    work.mkdir()
    app = work / "option_app.py"
    app.write_text(OPTION_APP)
    before_home = _listing(home)
    done, data = run_probe(
        work,
        """
        import pytest
        APP = "scoped_rerun"

        @pytest.mark.clause("SCOPE-01")
        def test_options(app, check):
            snap = app.markers()
            check.observe(markers=snap)
            assert snap["THEME"] != "dark" and snap["DETAILS"] != "none"
    """,
        "--kit-swap",
        f"scoped_rerun={app}",
        env={"HOME": str(home), "TMPDIR": str(tmp)},
    )
    assert done.returncode == 0, done.stdout[-3000:]
    assert data["checks"][0]["verdict"] == "pass", "the servers did not read ~/.streamlit/config.toml"
    assert _listing(home) == before_home, "nothing was written to the user's HOME"
    assert _listing(tmp) == [], "the run's temporary folder (browser profiles, server homes) was removed"


def test_servers_listen_on_loopback_only(tmp_path):
    server = StreamlitServer(DISPATCH_APP, tmp_path).start()
    try:
        outside = _outside_address()
        with socket.socket() as probe:
            probe.settimeout(2)
            reachable = probe.connect_ex((outside, server.port)) == 0 if outside else False
        with socket.create_connection(("127.0.0.1", server.port), timeout=2):
            pass
    finally:
        server.stop()
    assert not reachable, f"the server answers on {outside}"


def _outside_address() -> str | None:
    """This machine's address on its way out (no packet is sent by a UDP connect)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))
        except OSError:
            return None
        address = sock.getsockname()[0]
    return None if address.startswith("127.") else address


def _net_events(path: Path) -> list[tuple[str, str, dict]]:
    log = json.loads(path.read_text())
    names = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    sources = {v: k for k, v in log["constants"]["logSourceType"].items()}
    return [(names[e["type"]], sources[e["source"]["type"]], e.get("params", {})) for e in log["events"]]


def _loopback(address: str) -> bool:
    host = address.rsplit(":", 1)[0].strip("[]")
    return host in ("127.0.0.1", "::1", "localhost")


def test_browser_makes_no_connection_beyond_loopback(tmp_path, playwright):
    """Chromium's net log over a check-like session (a fixture app, clicks) and the HTML report: every TCP
    connection goes to loopback, and no UDP datagram (a DNS query, QUIC) is sent at all. Chromium still
    *tries* its background requests (accounts, updates): the resolver rules make them fail before any
    packet, which is what the flag is for."""
    net_log = tmp_path / "net-log.json"
    args = kit_browser.launch_args({"headless": True}, kit_browser.find_chromium(playwright.chromium.executable_path))
    args["args"] += [f"--log-net-log={net_log}", "--net-log-capture-mode=Everything"]
    report = tmp_path / "report"
    outside_container_matrix(report / "raw")
    publish.publish(report / "raw", report)
    server = StreamlitServer(DISPATCH_APP, tmp_path / "server", env={"KIT_APP_ROOTS": str(layout.SPEC)}).start()
    browser = playwright.chromium.launch(**args)
    try:
        page = browser.new_page()
        live = LiveApp(page, app_url(server, layout.app_path("scoped_rerun")))
        assert not live.open().timed_out
        live.click("Fragment button")
        assert not live.wait_for(FRAG=2).timed_out
        page.goto((report / "compatibility.html").as_uri())
        page.wait_for_selector("tr[data-clause]")
    finally:
        browser.close()
        server.stop()
    events = _net_events(net_log)
    tcp = [
        p.get("remote_address") or p.get("address")
        for name, _, p in events
        if name in ("TCP_CONNECT", "TCP_CONNECT_ATTEMPT") and (p.get("remote_address") or p.get("address"))
    ]
    udp_sent = [p for name, _, p in events if name == "UDP_BYTES_SENT"]
    assert tcp and all(_loopback(a) for a in tcp), sorted(set(tcp))
    assert udp_sent == [], "no UDP datagram left the browser"
    assert not [p for name, _, p in events if name == "DNS_TRANSACTION_QUERY"], "no DNS query was made"


def test_outside_hosts_do_not_resolve(page):
    with pytest.raises(Exception, match="ERR_NAME_NOT_RESOLVED"):
        page.goto("http://example.com/", timeout=15_000)
