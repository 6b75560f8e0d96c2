"""A check can restart its server: same port, a new process, the log going on, and the pool hands out a
fresh server after it."""

import urllib.request

from conformance.server import DISPATCH_APP, ServerPool, StreamlitServer


def _healthy(server: StreamlitServer) -> bool:
    with urllib.request.urlopen(server.url + "_stcore/health", timeout=5) as resp:
        return resp.read().strip() == b"ok"


def test_a_restarted_server_keeps_its_port_and_its_log(tmp_path):
    server = StreamlitServer(DISPATCH_APP, tmp_path).start()
    try:
        port, pid, logged = server.port, server.process.pid, server.log_size()
        new_pid = server.restart()
        assert (server.port, server.process.pid) == (port, new_pid)
        assert new_pid != pid
        assert _healthy(server)
        assert server.log_size() > logged, "the new process's log follows the old one's"
        assert server.log_since(logged).strip(), "an offset taken before the restart still reads what came after"
    finally:
        server.stop()


def test_a_retired_server_is_stopped_and_replaced(tmp_path):
    pool = ServerPool(tmp_path, [])
    try:
        first = pool.get(DISPATCH_APP, own_server=True)
        pool.retire(first)
        assert first.process is None
        second = pool.get(DISPATCH_APP, own_server=True)
        assert second is not first and _healthy(second)
    finally:
        pool.stop_all()
