"""The fixtures checks and a team's own tests use: the app in the browser, the check, the servers and pages."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from conformance import browser as kit_browser
from conformance import counterfeits, exit_codes, layout, targets
from conformance.check import Check
from conformance.live_app import LiveApp, Snapshot, parse_markers
from conformance.page_reuse import PageReuse
from conformance.plugin import keys
from conformance.server import ServerPool, app_url
from conformance.session import kit


@pytest.fixture
def kit_target(request) -> targets.Target:
    """The Streamlit build this check runs against (the plugin parametrizes it)."""
    return request.param


@pytest.fixture
def kit_counterfeit(request) -> counterfeits.Counterfeit | None:
    """The counterfeit app standing in for the module's app (`--kit-counterfeits`), else None."""
    return getattr(request, "param", None)


def _launch_args(base: dict, playwright) -> dict:
    try:
        executable = kit_browser.find_chromium(playwright.chromium.executable_path, base.get("headless", True))
    except kit_browser.NoBrowserError as exc:
        pytest.exit(str(exc), returncode=exit_codes.NO_BROWSER)
    return kit_browser.launch_args(base, executable)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, playwright):
    """pytest-playwright's own `browser` and `page` get the kit's Chromium and flags too."""
    return _launch_args(browser_type_launch_args, playwright)


@pytest.fixture(scope="session")
def kit_launch_args(browser_type_launch_args, playwright) -> dict:
    # applied here too: whether the override above wins depends on the order the plugins were loaded in
    return _launch_args(browser_type_launch_args, playwright)


@pytest.fixture(scope="session")
def kit_servers(tmp_path_factory, pytestconfig):
    built = [kit(pytestconfig).counterfeits_dir] if kit(pytestconfig).counterfeits_dir else []
    roots = [layout.SPEC, *built, *{p.parent for p in kit(pytestconfig).swaps.values()}]
    pool = ServerPool(
        tmp_path_factory.mktemp("servers"), roots, one_server_per_app=pytestconfig.getoption("kit_server_per_app")
    )
    yield pool
    pool.stop_all()


@pytest.fixture(scope="session")
def kit_pages(browser_type, kit_launch_args, browser_context_args, pytestconfig):
    """The worker's browser page (and the browser, launched again if it dies)."""
    pages = PageReuse(
        lambda: browser_type.launch(**kit_launch_args),
        {"viewport": keys.DEFAULT_VIEWPORT, **browser_context_args},
        fresh_each_check=pytestconfig.getoption("kit_fresh_context"),
        browser_name=kit_browser.name(kit_launch_args),
    )
    yield pages
    pages.close()


@pytest.fixture
def check(request, kit_target) -> Check:
    found = request.node.stash.get(keys.check_key, None)
    if found is None:
        pytest.fail("the `check` fixture needs @pytest.mark.clause on the test", pytrace=False)
    return found


def fixture_path(config, name: str, counterfeit: counterfeits.Counterfeit | None = None) -> Path:
    if counterfeit is not None:
        return counterfeit.path
    try:
        return kit(config).swaps.get(name) or layout.app_path(name)
    except layout.LayoutError as exc:
        pytest.fail(str(exc), pytrace=False)


def _module_app(request) -> str:
    name = keys.module_app(request.module)
    if not name:
        pytest.fail(
            f"{request.module.__name__} has no app: put it beside one (spec/<area>/<behaviour>/app.py) "
            "or name a behaviour with APP",
            pytrace=False,
        )
    return name


@pytest.fixture
def app(request, kit_target, kit_counterfeit, kit_pages, kit_servers):
    """The app beside the module (or the behaviour its APP names), served and loaded afresh in the worker's page."""
    name = _module_app(request)
    path = fixture_path(request.config, name, kit_counterfeit)
    server = kit_servers.get(
        path,
        python=kit_target.python,
        own_server=getattr(request.module, "OWN_SERVER", False),
        options=tuple(getattr(request.module, "SERVER_OPTIONS", ())),
    )
    request.node.stash[keys.server_key] = server
    request.node.stash[keys.pages_key] = kit_pages
    page = kit_pages.acquire()
    kit(request.config).browser = kit(request.config).browser or f"{kit_pages.browser_name} {kit_pages.browser.version}"
    live = LiveApp(page, app_url(server, path), on_init_script=kit_pages.taint, server=server)
    request.node.stash[keys.live_key] = live
    if getattr(request.module, "ROUTED_CONNECTION", False):
        live.route_connection()
    try:
        first = live.open()
        if first.timed_out:
            raised = live.exceptions()
            if raised:
                raise exit_codes.HarnessError(
                    f"{name} failed on its first run: {raised[0]['error']}: {raised[0]['message']}",
                    exit_codes.APP_CRASHED,
                )
            raise exit_codes.HarnessError(
                f"{name}: the first run did not finish; markers seen: {first.as_dict()}", exit_codes.APP_CRASHED
            )
        yield live
    finally:
        live.watch.stop()
        kit_pages.release()
        if live.reconnected is not None:  # the check restarted its server
            kit_servers.retire(server)


@pytest.fixture
def streamlit_app(request, kit_target, kit_pages, kit_servers):
    """Your own Streamlit script, served and opened afresh: `live = streamlit_app("app.py", FULL=1)`.

    The script is served by `streamlit run` on 127.0.0.1 (one server per script and worker, started on first
    use, with a private HOME), and opened in a new session of the worker's browser page; the call returns
    when the first run is over and the page shows the given markers (`NAME=value` lines the app writes
    with st.text; `at_least={"RUNS": 1}` for a lower bound). The LiveApp it returns clicks buttons, waits
    for markers and the idle run state, reads markers, and gives the server log. With `--kit-python` given
    several times, the test runs once per Streamlit build.
    """
    opened: list[LiveApp] = []

    def open_app(script, at_least: dict | None = None, **expected) -> LiveApp:
        path = Path(script)
        path = path if path.is_absolute() else Path(request.config.rootpath) / path
        server = kit_servers.get(path, python=kit_target.python, own_server=True)
        live = LiveApp(kit_pages.acquire(), server.url, on_init_script=kit_pages.taint, server=server)
        opened.append(live)
        first = live.open(at_least=at_least or {}, **expected)
        if first.timed_out:
            raise exit_codes.HarnessError(
                f"{path.name}: the first run did not finish showing {expected or at_least}; "
                f"markers seen: {first.as_dict()}",
                exit_codes.APP_CRASHED,
            )
        return live

    yield open_app
    for live in opened:
        live.watch.stop()
    if opened:
        kit_pages.release()


@pytest.fixture
def bare_run(request, kit_target, kit_counterfeit):
    """Run the module's fixture app with plain `python` (no Streamlit server) and read the markers it prints."""
    path = fixture_path(request.config, _module_app(request), kit_counterfeit)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def run() -> Snapshot:
        done = subprocess.run(
            [kit_target.python, str(path)],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=path.parent,
            env=env,
            stdin=subprocess.DEVNULL,
        )
        snap = parse_markers(done.stdout)
        snap.extra = {"exit_code": done.returncode, "stderr_tail": done.stderr.strip().splitlines()[-3:]}
        return snap

    return run
