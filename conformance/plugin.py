"""The conformance harness as a pytest plugin.

- `@pytest.mark.clause("SCOPE-01", ...)` names the clauses a check is about; unknown ids fail collection.
- A check whose clauses do not hold in the installed Streamlit version is reported `n/a` (never run).
- Fixtures: `app` (the module's fixture app, served and open in a fresh browser page), `check`.
- Every check's verdict and observations go to reports/raw/streamlit-<version>.json.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conformance import browser as kit_browser
from conformance import expectations, registry, results
from conformance.check import Check
from conformance.live_app import LiveApp, Snapshot, parse_markers
from conformance.page_reuse import PageReuse
from conformance.server import ServerError, ServerPool, app_url

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SPEC_DIR = Path(__file__).resolve().parent / "spec"
NA_PREFIX = "n/a: "
EXIT_NO_BROWSER = 20
_PROPERTY = "kit"

# Stash keys
_check_key = pytest.StashKey[Check]()
_server_key = pytest.StashKey[object]()


def pytest_addoption(parser):
    group = parser.getgroup("conformance", "Streamlit fragment conformance kit")
    group.addoption("--kit-results", metavar="PATH",
                    help="where to write the raw results (default: reports/raw/streamlit-<version>.json)")
    group.addoption("--kit-swap", metavar="NAME=PATH", action="append", default=[],
                    help="serve PATH instead of fixtures/NAME.py (used to prove checks fail on counterfeit apps)")
    group.addoption("--kit-expectations", metavar="PATH",
                    help="known upstream bugs file (default: conformance/expectations.toml)")
    group.addoption("--kit-publish", action="store_true",
                    help="after the run, rebuild reports/compatibility.{json,md,html} from every raw result")
    group.addoption("--kit-server-per-app", action="store_true",
                    help="a server of its own for every fixture app (slower; the reference mode of the benchmark)")
    group.addoption("--kit-fresh-context", action="store_true",
                    help="a new browser context for every check (slower; the reference mode of the benchmark)")
    group.addoption("--kit-require-coverage", action="store_true",
                    help="fail collection when a registry clause is named by no collected check")


def pytest_configure(config):
    config.addinivalue_line("markers", "clause(*ids, variant=None): the registry clauses this check is about")
    config.addinivalue_line("filterwarnings", "ignore::pytest.PytestRemovedIn10Warning")
    try:
        config._kit_clauses = registry.load()
        known = config.getoption("kit_expectations")
        config._kit_known_bugs = expectations.load(Path(known)) if known else expectations.load()
    except (registry.RegistryError, expectations.ExpectationError) as exc:
        raise pytest.UsageError(str(exc)) from None
    config._kit_version = results.package_version("streamlit")
    config._kit_swaps = _parse_swaps(config.getoption("kit_swap"))
    config._kit_checks = {}
    config._kit_browser = None
    config._kit_started = time.time()
    config._kit_started_iso = results.now()


def _parse_swaps(values: list[str]) -> dict[str, Path]:
    swaps = {}
    for value in values:
        name, sep, path = value.partition("=")
        if not sep or not name or not path:
            raise pytest.UsageError(f"--kit-swap takes NAME=PATH, got {value!r}")
        if not Path(path).is_file():
            raise pytest.UsageError(f"--kit-swap {name}: no such file {path}")
        swaps[name] = Path(path).resolve()
    return swaps


# --- collection -----------------------------------------------------------------------------------


def _clause_marks(item):
    return list(item.iter_markers("clause"))


def _is_spec(item) -> bool:
    return SPEC_DIR in Path(str(item.path)).resolve().parents


def pytest_collection_modifyitems(session, config, items):
    clauses = config._kit_clauses
    named: set[str] = set()
    for item in items:
        marks = _clause_marks(item)
        if _is_spec(item) and not marks:
            raise pytest.UsageError(f"{item.nodeid}: a spec check must name its clause(s) with @pytest.mark.clause")
        for mark in marks:
            if not mark.args:
                raise pytest.UsageError(f"{item.nodeid}: @pytest.mark.clause needs at least one clause id")
            for cid in mark.args:
                if cid not in clauses:
                    raise pytest.UsageError(f"{item.nodeid}: unknown clause id {cid!r} (not in {registry.REGISTRY_PATH.name})")
                named.add(cid)
            variant = mark.kwargs.get("variant")
            if variant is not None:
                try:
                    clauses[mark.args[0]].variant(variant)
                except registry.RegistryError as exc:
                    raise pytest.UsageError(f"{item.nodeid}: {exc}") from None
        if marks and config._kit_version:
            bug = expectations.match(config._kit_known_bugs, item, _item_clause_ids(item), config._kit_version)
            if bug is not None:
                item.add_marker(pytest.mark.xfail(reason=f"known upstream bug: {bug.issue}", strict=True))
    if config.getoption("kit_require_coverage"):
        missing = sorted(cid for cid, c in clauses.items() if cid not in named and "internal" not in c.flags)
        if missing:
            raise pytest.UsageError(f"clauses with no check: {', '.join(missing)}")


def _item_clause_ids(item) -> list[str]:
    return [cid for mark in _clause_marks(item) for cid in mark.args]


def _not_applicable(item, version: str) -> str | None:
    clauses = item.config._kit_clauses
    for mark in _clause_marks(item):
        variant = mark.kwargs.get("variant")
        for cid in mark.args:
            clause = clauses[cid]
            span = clause.variant(variant).span if variant and cid == mark.args[0] else clause.span
            if not span.contains(version):
                what = f"{cid} ({variant})" if variant and cid == mark.args[0] else cid
                return f"{NA_PREFIX}{what} holds in {span.describe()}; Streamlit is {version}"
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    marks = _clause_marks(item)
    if not marks:
        return
    version = item.config._kit_version
    if version is None:
        pytest.fail("Streamlit is not installed in this environment", pytrace=False)
    reason = _not_applicable(item, version)
    if reason:
        pytest.skip(reason)
    clauses = [item.config._kit_clauses[cid] for cid in _item_clause_ids(item)]
    item.stash[_check_key] = Check(clauses, version)


# --- fixtures -------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, playwright, pytestconfig):
    try:
        executable = kit_browser.find_chromium(playwright.chromium.executable_path)
    except kit_browser.NoBrowserError as exc:
        pytest.exit(str(exc), returncode=EXIT_NO_BROWSER)
    return kit_browser.launch_args(browser_type_launch_args, executable)


@pytest.fixture(scope="session")
def kit_servers(tmp_path_factory, pytestconfig):
    roots = [FIXTURES, ROOT / "tests" / "counterfeits", *{p.parent for p in pytestconfig._kit_swaps.values()}]
    pool = ServerPool(tmp_path_factory.mktemp("servers"), roots,
                      one_server_per_app=pytestconfig.getoption("kit_server_per_app"))
    yield pool
    pool.stop_all()


@pytest.fixture
def check(request) -> Check:
    found = request.node.stash.get(_check_key, None)
    if found is None:
        pytest.fail("the `check` fixture needs @pytest.mark.clause on the test", pytrace=False)
    return found


def fixture_path(config, name: str) -> Path:
    return config._kit_swaps.get(name) or FIXTURES / f"{name}.py"


DEFAULT_VIEWPORT = {"width": 1280, "height": 720}


@pytest.fixture(scope="session")
def kit_pages(browser, browser_context_args, pytestconfig):
    pages = PageReuse(browser, {"viewport": DEFAULT_VIEWPORT, **browser_context_args},
                      fresh_each_check=pytestconfig.getoption("kit_fresh_context"))
    yield pages
    pages.discard()


@pytest.fixture
def app(request, kit_pages, browser, kit_servers):
    """The module's fixture app (module attribute APP), served and loaded afresh in the worker's page."""
    name = getattr(request.module, "APP", None)
    if not name:
        pytest.fail(f"{request.module.__name__} sets no APP (the fixture app it checks)", pytrace=False)
    request.config._kit_browser = request.config._kit_browser or f"{browser.browser_type.name} {browser.version}"
    path = fixture_path(request.config, name)
    try:
        server = kit_servers.get(path, own_server=getattr(request.module, "OWN_SERVER", False))
    except ServerError as exc:
        pytest.fail(str(exc), pytrace=False)
    request.node.stash[_server_key] = server
    live = LiveApp(kit_pages.acquire(), app_url(server, path), on_init_script=kit_pages.taint, server=server)
    try:
        first = live.open()
        if first.timed_out:
            pytest.fail(f"{name}: the first run did not finish; markers seen: {first.as_dict()}\n"
                        f"server log:\n{server.log_tail()}", pytrace=False)
        yield live
    finally:
        kit_pages.release()


@pytest.fixture
def bare_run(request):
    """Run the module's fixture app with plain `python` (no Streamlit server) and read the markers it prints."""
    path = fixture_path(request.config, getattr(request.module, "APP", ""))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def run() -> Snapshot:
        done = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=120,
                              cwd=path.parent, env=env, stdin=subprocess.DEVNULL)
        snap = parse_markers(done.stdout)
        snap.extra = {"exit_code": done.returncode, "stderr_tail": done.stderr.strip().splitlines()[-3:]}
        return snap

    return run


# --- verdicts -------------------------------------------------------------------------------------


def _phase_verdict(report, call) -> str | None:
    if report.when == "setup":
        if report.skipped:
            reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
            return "n/a" if reason.startswith("Skipped: " + NA_PREFIX) or reason.startswith(NA_PREFIX) else "skipped"
        return "error" if report.failed else None
    if report.when == "call":
        if getattr(report, "wasxfail", None) is not None and report.skipped:
            return "known-bug"
        if report.failed and str(report.longrepr).startswith("[XPASS(strict)]"):
            return "unexpected-pass"
        if report.passed:
            return "pass"
        if report.skipped:
            return "skipped"
        return "fail" if call.excinfo is not None and call.excinfo.errisinstance(AssertionError) else "error"
    return "error" if report.failed else None


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if not _clause_marks(item):
        return
    verdict = _phase_verdict(report, call)
    check = item.stash.get(_check_key, None)
    server = item.stash.get(_server_key, None)
    if report.failed and server is not None:
        report.sections.append(("streamlit server log (tail)", server.log_tail()))
    entry = {
        "phase": report.when,
        "verdict": verdict,
        "clauses": _item_clause_ids(item),
        "observed": check.observed if check else {},
        "browser": item.config._kit_browser,
    }
    if check and check.clauses and check.clauses[0].variants:
        variant = check.clauses[0].variant_at(check.version)
        entry["variant_expected"] = variant.name if variant else None
    if verdict in ("fail", "error", "unexpected-pass", "known-bug", "n/a", "skipped"):
        entry["message"] = _message(report)
    report.user_properties.append((_PROPERTY, json.dumps(entry)))


def _message(report) -> str:
    if isinstance(report.longrepr, tuple):
        return report.longrepr[2].removeprefix("Skipped: ")
    text = str(report.longrepr or "")
    crash = getattr(getattr(report.longrepr, "reprcrash", None), "message", None)
    return crash or text.strip().splitlines()[-1] if text else ""


def pytest_runtest_logreport(report):
    """Runs on the controller (also under xdist): merge the phases of each check into one record."""
    data = next((json.loads(v) for k, v in report.user_properties if k == _PROPERTY), None)
    if data is None:
        return
    config = _config
    check_id = check_name(report.nodeid)
    record = config._kit_checks.setdefault(check_id, {
        "id": check_id, "clauses": data["clauses"], "verdict": None, "observed": {}, "duration_s": 0.0,
    })
    record["duration_s"] = round(record["duration_s"] + report.duration, 3)
    if data.get("browser"):
        config._kit_browser = data["browser"]
    if data["observed"]:
        record["observed"] = data["observed"]
    if "variant_expected" in data:
        record["variant_expected"] = data["variant_expected"]
    verdict = data["verdict"]
    if verdict is None:
        return
    if data["phase"] == "teardown" and record["verdict"] not in (None, "pass"):
        return  # a teardown error does not hide the verdict of the check itself
    record["verdict"] = verdict
    if "message" in data:
        record["message"] = data["message"]
    else:
        record.pop("message", None)


_config = None


def check_name(nodeid: str) -> str:
    """The node id without pytest-playwright's browser parameter, so ids read the same in every column."""
    return nodeid.removesuffix("[chromium]").replace("[chromium-", "[")


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session):
    global _config
    _config = session.config


def pytest_sessionfinish(session, exitstatus):
    config = session.config
    if hasattr(config, "workerinput") or not config._kit_checks:
        return
    checks = sorted(config._kit_checks.values(), key=lambda c: c["id"])
    for check in checks:
        if check["verdict"] is None:
            check["verdict"] = "error"
            check["message"] = "the check did not report a verdict"
    path = Path(config.getoption("kit_results") or results.default_path(ROOT, config._kit_version))
    run = {
        **results.run_info(ROOT, config._kit_version, config._kit_browser, list(config.invocation_params.args)),
        "started": config._kit_started_iso,
        "finished": results.now(),
        "duration_s": round(time.time() - config._kit_started, 2),
        "checks_run": len(checks),
        "complete": exitstatus in (0, 1) and not session.shouldstop,
    }
    results.write_atomic(path, results.merge(path, run, checks))
    config._kit_results_path = path
    if config.getoption("kit_publish"):
        from conformance import publish

        config._kit_published = publish.publish(path.parent, ROOT / "reports")


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    path = getattr(config, "_kit_results_path", None)
    if path is None:
        return
    checks = config._kit_checks.values()
    summary = results.summarize(list(checks))
    unexpected = sorted(c["id"] for c in checks if c["verdict"] not in results.EXPECTED_VERDICTS)
    terminalreporter.section("conformance")
    terminalreporter.write_line(f"Streamlit {config._kit_version}: " + ", ".join(f"{n} {v}" for v, n in summary.items()))
    for nodeid in unexpected:
        terminalreporter.write_line(f"  unexpected: {config._kit_checks[nodeid]['verdict']}  {nodeid}")
    terminalreporter.write_line(f"raw results: {path}")
    for published in getattr(config, "_kit_published", []):
        terminalreporter.write_line(f"published: {published}")
