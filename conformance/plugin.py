"""The conformance harness as a pytest plugin.

- `@pytest.mark.clause("SCOPE-01", ...)` names the clauses a check is about; unknown ids fail collection.
- Every check is collected once per Streamlit target (`--kit-python`, default: the Streamlit installed
  here); a check whose clauses do not hold in that target's version is reported `n/a` (never run).
- Fixtures: `app` (the module's fixture app, served and open in the worker's browser page), `check`.
- Every check's verdict and observations go to <results>/streamlit-<version>.json, one file per target.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError

from conformance import browser as kit_browser
from conformance import artifacts, counterfeits, durations, exit_codes, registry, results, targets
from conformance.check import Check
from conformance.records import CheckId, CheckRecord, Verdict
from conformance.live_app import LiveApp, Snapshot, parse_markers
from conformance.page_reuse import PageReuse
from conformance.run_dir import RunDir
from conformance.session import kit
from conformance.server import ServerPool, app_url, kill_ends_as_ctrl_c

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SPEC_DIR = Path(__file__).resolve().parent / "spec"
DEFAULT_VIEWPORT = {"width": 1280, "height": 720}
_PROPERTY = "kit"
_TARGET_ID = re.compile(r"(?:\[|-)st(\d[^\]\-]*)(?=-|\])")

_check_key = pytest.StashKey[Check]()
_server_key = pytest.StashKey[object]()
_pages_key = pytest.StashKey[object]()
_live_key = pytest.StashKey[object]()
_na_key = pytest.StashKey[str]()
_defect_key = pytest.StashKey[registry.Variant]()


def pytest_addoption(parser):
    group = parser.getgroup("conformance", "Streamlit fragment conformance kit")
    group.addoption("--kit-python", metavar="PYTHON[=BUILD]", action="append", default=[],
                    help="check the Streamlit installed for this interpreter (repeat for several; default: the "
                         "Streamlit installed here); BUILD names what was installed, for the report")
    group.addoption("--kit-results", metavar="DIR",
                    help="where to write the raw results, streamlit-<version>.json (default: reports/raw)")
    group.addoption("--kit-swap", metavar="NAME=PATH", action="append", default=[],
                    help="serve PATH instead of fixtures/NAME.py (used to prove checks fail on counterfeit apps)")
    group.addoption("--kit-counterfeits", action="store_true",
                    help="run every check on each counterfeit app that claims to break it, instead of the real app")
    group.addoption("--kit-registry", metavar="PATH",
                    help="the clause registry to judge by (default: conformance/clauses.toml)")
    group.addoption("--kit-publish", action="store_true",
                    help="after the run, rebuild reports/compatibility.{json,md,html} from every raw result")
    group.addoption("--kit-server-per-app", action="store_true",
                    help="a server of its own for every fixture app (slower; the reference mode of the benchmark)")
    group.addoption("--kit-fresh-context", action="store_true",
                    help="a new browser context for every check (slower; the reference mode of the benchmark)")
    group.addoption("--kit-resume", action="store_true",
                    help="for a version whose last run was interrupted, run only the checks it did not finish")
    group.addoption("--kit-require-coverage", action="store_true",
                    help="fail collection when a registry clause is named by no collected check")


def pytest_configure(config):
    config.pluginmanager.register(_Recorder(config), "conformance-recorder")
    config.addinivalue_line("markers", "clause(*ids, variant=None): the registry clauses this check is about")
    config.addinivalue_line("filterwarnings", "ignore::pytest.PytestRemovedIn10Warning")
    try:
        other = config.getoption("kit_registry")
        kit(config).clauses = registry.parse(Path(other).read_text(encoding="utf-8")) if other else registry.load()
    except (OSError, registry.RegistryError) as exc:
        raise pytest.UsageError(str(exc)) from None
    # the project's reports/raw: the kit's own in this repository, a team's own where the plugin is installed
    kit(config).results_dir = Path(config.getoption("kit_results") or config.rootpath / "reports" / "raw")
    kit(config).run_dir = None
    kit(config).journal = None
    kit(config).error_codes = set()
    worker = getattr(config, "workerinput", None)
    if worker is not None:  # an xdist worker: the controller has probed the targets and read the durations
        kit(config).targets = targets.from_json(json.loads(worker["kit_targets"]))
        kit(config).durations = json.loads(worker["kit_durations"])
        kit(config).missing = json.loads(worker["kit_missing"])
    else:
        _check_writable(kit(config).results_dir)
        kit(config).targets = _find_targets(config)
        results.fold_abandoned_journals(kit(config).results_dir)
        kit(config).durations = durations.expected(kit(config).results_dir)
        kit(config).missing = {t.id: sorted(results.missing_checks(kit(config).results_dir, t.id))
                               for t in kit(config).targets} if config.getoption("kit_resume") else {}
        if not config.option.collectonly:
            kit(config).run_dir = RunDir().enter()
            kill_ends_as_ctrl_c()  # servers and browsers are stopped, finished checks are written
    kit(config).swaps = _parse_swaps(config.getoption("kit_swap"))
    kit(config).counterfeits_dir = None
    kit(config).counterfeits = None
    if config.getoption("kit_counterfeits"):  # each process builds them afresh, in a folder of its own
        kit(config).counterfeits_dir = Path(tempfile.mkdtemp(prefix="kit-counterfeits-"))
        try:
            kit(config).counterfeits = counterfeits.build_all(kit(config).counterfeits_dir)
        except (counterfeits.CounterfeitError, KeyError, OSError) as exc:
            raise pytest.UsageError(f"counterfeits: {exc}") from None
    kit(config).checks = {}
    kit(config).collected = {}
    kit(config).browser = None
    kit(config).started = time.time()
    kit(config).started_iso = results.now()
    # the kit as the run found it: files changed while it runs do not make its results look "+dirty"
    kit(config).revision = None if hasattr(config, "workerinput") else results.kit_revision(ROOT)


def _check_writable(folder: Path) -> None:
    """Fail early when the results could not be written; creates nothing (the folder is made when written)."""
    existing = next(p for p in (folder, *folder.parents) if p.exists())
    try:
        with tempfile.NamedTemporaryFile(dir=existing, prefix=".kit-probe-"):
            pass
    except OSError as exc:
        pytest.exit(f"cannot write the results to {folder}: {exc.strerror or exc}", returncode=exit_codes.CANNOT_WRITE)


def pytest_unconfigure(config):
    built = kit(config).counterfeits_dir
    if built is not None:
        shutil.rmtree(built, ignore_errors=True)
    run_dir = kit(config).run_dir
    if run_dir is not None:
        run_dir.leave()


def _find_targets(config) -> list[targets.Target]:
    try:
        found = [targets.probe(*targets.parse_spec(spec)) for spec in config.getoption("kit_python")]
        found = found or [t for t in [targets.current()] if t]
        return targets.unique_ids(found)
    except targets.TargetError as exc:
        pytest.exit(str(exc), returncode=exit_codes.NO_STREAMLIT)


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    """xdist, on the controller: hand each worker the targets and expected durations."""
    config = node.config
    node.workerinput["kit_targets"] = json.dumps([t.as_json() for t in kit(config).targets])
    node.workerinput["kit_durations"] = json.dumps(kit(config).durations)
    node.workerinput["kit_missing"] = json.dumps(kit(config).missing)


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


def pytest_generate_tests(metafunc):
    if "kit_target" not in metafunc.fixturenames:
        return
    config = metafunc.config
    found = kit(config).targets
    if not found:
        return  # reported once, at the start of the first check (Streamlit is not installed)
    if kit(config).counterfeits is None:
        metafunc.parametrize("kit_target", found, ids=[f"st{t.id}" for t in found])
        return
    app = getattr(metafunc.module, "APP", None)
    fakes = [c for c in kit(config).counterfeits.values()
             if c.fixture == app and metafunc.function.__name__ in c.catches]
    if not fakes or "kit_counterfeit" not in metafunc.fixturenames:
        metafunc.parametrize("kit_target", [])  # nothing to run it on: deselected at collection
        return
    pairs = [(t, c) for t in found for c in fakes if c.applies_to(t.version)]
    metafunc.parametrize(["kit_target", "kit_counterfeit"], pairs,
                         ids=[f"st{t.id}-{c.name.replace('/', '.')}" for t, c in pairs])


def _clause_marks(item):
    return list(item.iter_markers("clause"))


def _is_spec(item) -> bool:
    return SPEC_DIR in Path(str(item.path)).resolve().parents


def item_target(item) -> targets.Target | None:
    callspec = getattr(item, "callspec", None)
    return callspec.params.get("kit_target") if callspec else None


def check_id(item) -> str:
    """path::test[own params], the same in every version's results (no browser, version or counterfeit)."""
    callspec = getattr(item, "callspec", None)
    own = [str(v) for k, v in (callspec.params.items() if callspec else [])
           if k not in ("browser_name", "kit_target", "kit_counterfeit")]
    fake = callspec.params.get("kit_counterfeit") if callspec else None
    return str(CheckId(item.nodeid.split("::")[0], getattr(item, "originalname", None) or item.name, "-".join(own),
                       fake.name if fake else None))


def pytest_collection_modifyitems(session, config, items):
    clauses = kit(config).clauses
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
        target = item_target(item)
        if marks and target is not None:
            defect = _failing_defect(item, target.version)
            if defect is not None:
                item.stash[_defect_key] = defect
                # only an assertion counts as the defect showing: a harness error stays an error
                item.add_marker(pytest.mark.xfail(reason=f"recorded defect {defect.name}: {defect.source or defect.evidence}",
                                                  raises=AssertionError, strict=True))
    if config.getoption("kit_require_coverage"):
        missing = sorted(cid for cid, c in clauses.items() if cid not in named and "internal" not in c.flags)
        if missing:
            raise pytest.UsageError(f"clauses with no check: {', '.join(missing)}")
    _resume(config, items)
    if kit(config).counterfeits is not None:
        idle = [item for item in items if item_target(item) is None]
        if idle:
            config.hook.pytest_deselected(items=idle)
            items[:] = [item for item in items if item_target(item) is not None]
    _schedule(config, items)


def _resume(config, items) -> None:
    """--kit-resume: for a target whose last run was interrupted, keep only the checks it did not finish."""
    missing = {tid: set(ids) for tid, ids in kit(config).missing.items() if ids}
    if not missing:
        return
    done = [item for item in items if item_target(item) and item_target(item).id in missing
            and check_id(item) not in missing[item_target(item).id]]
    if done:
        config.hook.pytest_deselected(items=done)
        skip = set(map(id, done))
        items[:] = [item for item in items if id(item) not in skip]


def _schedule(config, items) -> None:
    """Version by version, and within a version the longest checks first, so that the short ones fill the
    gaps at the end instead of one long check finishing alone. n/a checks cost nothing: they go last."""
    order = {t.id: i for i, t in enumerate(kit(config).targets)}

    def key(item):
        target = item_target(item)
        if target is None:
            return (-1, 0.0)
        cost = 0.0 if _not_applicable(item, target.version) else kit(config).durations.get(check_id(item), 5.0)
        return (order.get(target.id, 0), -cost)

    items.sort(key=key)


def pytest_collection_finish(session):
    """Which checks each target is to run, to tell a complete run from an interrupted one."""
    if hasattr(session.config, "workerinput"):
        return
    for item in session.items:
        target = item_target(item)
        if target is not None and _clause_marks(item):  # a team's own tests (streamlit_app) leave no results
            kit(session.config).collected.setdefault(target.id, set()).add(check_id(item))
    _journal_collected(session.config)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_node_collection_finished(node, ids):
    config = node.config
    if kit(config).collected:
        return  # every worker collects the same checks
    for nodeid in ids:
        found = _TARGET_ID.search(nodeid)
        if found:
            kit(config).collected.setdefault(found[1], set()).add(check_id_of(nodeid, found[1]))
    _journal_collected(config)


def check_id_of(nodeid: str, target_id: str) -> str:
    """check_id() from a node id alone (the controller of an xdist run sees only those)."""
    node = CheckId.parse(nodeid)
    parts = [p for p in node.params.split("-") if p and p not in ("chromium", f"st{target_id}")]
    # a counterfeit's name (folders written with dots) comes right after the target
    fake = next((p for p in parts if "__" in p), None)
    own = "-".join(p for p in parts if p != fake)
    return str(CheckId(node.path, node.name, own, fake.replace(".", "/") if fake else None))


def _journal_collected(config) -> None:
    if not kit(config).collected:
        return
    journal = _journal(config)
    if journal is None:
        return
    for target in kit(config).targets:
        journal.write(kind="run", target=target.id, run={
            **results.run_info(target, None, list(config.invocation_params.args), kit(config).revision),
            "started": kit(config).started_iso})
        journal.write(kind="collected", target=target.id, checks=sorted(kit(config).collected.get(target.id, ())))


def _journal(config):
    if kit(config).journal is None and not config.option.collectonly and not hasattr(config, "workerinput"):
        kit(config).journal = results.Journal(kit(config).results_dir, f"{int(kit(config).started)}-{os.getpid()}")
    return kit(config).journal


def _item_clause_ids(item) -> list[str]:
    return [cid for mark in _clause_marks(item) for cid in mark.args]


def _failing_defect(item, version: str) -> registry.Variant | None:
    """The recorded defect of this release that the check cannot tell apart, so that it is expected to fail."""
    name = getattr(item, "originalname", None) or item.name
    for cid in _item_clause_ids(item):
        variant = kit(item.config).clauses[cid].variant_at(version)
        if variant is not None and variant.fails and variant.test in (None, name):
            return variant
    return None


def _not_applicable(item, version: str) -> str | None:
    clauses = kit(item.config).clauses
    for mark in _clause_marks(item):
        variant = mark.kwargs.get("variant")
        for cid in mark.args:
            clause = clauses[cid]
            span = clause.variant(variant).span if variant and cid == mark.args[0] else clause.span
            if not span.contains(version):
                what = f"{cid} ({variant})" if variant and cid == mark.args[0] else cid
                return f"n/a: {what} holds in {span.describe()}; Streamlit is {version}"
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    marks = _clause_marks(item)
    if not marks:
        return
    target = item_target(item)
    if target is None:
        pytest.exit("Streamlit is not installed for this Python: install it, or name one with --kit-python",
                    returncode=exit_codes.NO_STREAMLIT)
    reason = _not_applicable(item, target.version)
    if reason:
        item.stash[_na_key] = reason
        pytest.skip(reason)
    clauses = [kit(item.config).clauses[cid] for cid in _item_clause_ids(item)]
    item.stash[_check_key] = Check(clauses, target.version)


# --- fixtures -------------------------------------------------------------------------------------


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
    roots = [FIXTURES, *built, *{p.parent for p in kit(pytestconfig).swaps.values()}]
    pool = ServerPool(tmp_path_factory.mktemp("servers"), roots,
                      one_server_per_app=pytestconfig.getoption("kit_server_per_app"))
    yield pool
    pool.stop_all()


@pytest.fixture(scope="session")
def kit_pages(browser_type, kit_launch_args, browser_context_args, pytestconfig):
    """The worker's browser page (and the browser, launched again if it dies)."""
    pages = PageReuse(lambda: browser_type.launch(**kit_launch_args),
                      {"viewport": DEFAULT_VIEWPORT, **browser_context_args},
                      fresh_each_check=pytestconfig.getoption("kit_fresh_context"),
                      browser_name=kit_browser.name(kit_launch_args))
    yield pages
    pages.close()


@pytest.fixture
def check(request, kit_target) -> Check:
    found = request.node.stash.get(_check_key, None)
    if found is None:
        pytest.fail("the `check` fixture needs @pytest.mark.clause on the test", pytrace=False)
    return found


def fixture_path(config, name: str, counterfeit: counterfeits.Counterfeit | None = None) -> Path:
    if counterfeit is not None:
        return counterfeit.path
    return kit(config).swaps.get(name) or FIXTURES / f"{name}.py"


def _module_app(request) -> str:
    name = getattr(request.module, "APP", None)
    if not name:
        pytest.fail(f"{request.module.__name__} sets no APP (the fixture app it checks)", pytrace=False)
    return name


@pytest.fixture
def app(request, kit_target, kit_counterfeit, kit_pages, kit_servers):
    """The module's fixture app (module attribute APP), served and loaded afresh in the worker's page."""
    name = _module_app(request)
    path = fixture_path(request.config, name, kit_counterfeit)
    server = kit_servers.get(path, python=kit_target.python, own_server=getattr(request.module, "OWN_SERVER", False),
                             options=tuple(getattr(request.module, "SERVER_OPTIONS", ())))
    request.node.stash[_server_key] = server
    request.node.stash[_pages_key] = kit_pages
    page = kit_pages.acquire()
    kit(request.config).browser = kit(request.config).browser or f"{kit_pages.browser_name} {kit_pages.browser.version}"
    live = LiveApp(page, app_url(server, path), on_init_script=kit_pages.taint, server=server)
    request.node.stash[_live_key] = live
    try:
        first = live.open()
        if first.timed_out:
            raised = live.exceptions()
            if raised:
                raise exit_codes.HarnessError(
                    f"{name} failed on its first run: {raised[0]['error']}: {raised[0]['message']}",
                    exit_codes.APP_CRASHED)
            raise exit_codes.HarnessError(f"{name}: the first run did not finish; markers seen: {first.as_dict()}",
                                          exit_codes.APP_CRASHED)
        yield live
    finally:
        kit_pages.release()


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
            raise exit_codes.HarnessError(f"{path.name}: the first run did not finish showing {expected or at_least}; "
                                          f"markers seen: {first.as_dict()}", exit_codes.APP_CRASHED)
        return live

    yield open_app
    if opened:
        kit_pages.release()


@pytest.fixture
def bare_run(request, kit_target, kit_counterfeit):
    """Run the module's fixture app with plain `python` (no Streamlit server) and read the markers it prints."""
    path = fixture_path(request.config, _module_app(request), kit_counterfeit)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def run() -> Snapshot:
        done = subprocess.run([kit_target.python, str(path)], capture_output=True, text=True, timeout=120,
                              cwd=path.parent, env=env, stdin=subprocess.DEVNULL)
        snap = parse_markers(done.stdout)
        snap.extra = {"exit_code": done.returncode, "stderr_tail": done.stderr.strip().splitlines()[-3:]}
        return snap

    return run


# --- verdicts -------------------------------------------------------------------------------------


def _phase_verdict(item, report, call) -> Verdict | None:
    if report.when == "setup":
        if report.skipped:
            return Verdict.NA if _na_key in item.stash else Verdict.SKIPPED
        return Verdict.ERROR if report.failed else None
    if report.when == "call":
        if getattr(report, "wasxfail", None) is not None and report.skipped:
            return Verdict.KNOWN_BUG
        if report.failed and str(report.longrepr).startswith("[XPASS(strict)]"):
            return Verdict.UNEXPECTED_PASS
        if report.passed:
            return Verdict.PASS
        if report.skipped:
            return Verdict.SKIPPED
        failed = call.excinfo is not None and call.excinfo.errisinstance(AssertionError)
        return Verdict.FAIL if failed else Verdict.ERROR
    return Verdict.ERROR if report.failed else None


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if not _clause_marks(item):
        return
    verdict = _phase_verdict(item, report, call)
    check = item.stash.get(_check_key, None)
    server = item.stash.get(_server_key, None)
    live = item.stash.get(_live_key, None)
    if check is not None and live is not None and live.lost_clicks:
        check.observe(lost_clicks=live.lost_clicks)
    if report.failed and server is not None:
        report.sections.append(("streamlit server log (tail)", server.log_tail()))
    target = item_target(item)
    record = CheckRecord(check_id(item), _item_clause_ids(item), verdict, observed=check.observed if check else {})
    if check is not None:
        expected = check.clauses[0].variant_at(check.version)
        record.variant_expected = expected.name if expected else None
        record.variant_seen = check.variant_seen
    if verdict is Verdict.KNOWN_BUG:  # it failed as the recorded defect says: that is the behaviour seen
        record.variant_seen = item.stash[_defect_key].name
    if verdict is not None and verdict is not Verdict.PASS:
        record.message = _message(report)
    harness_error = _harness_error(item, call)
    if verdict is Verdict.ERROR and harness_error is not None:
        record.error_code = harness_error.exit_code
        record.message = str(harness_error).splitlines()[0]
        report.longrepr = str(harness_error)
    if verdict in (Verdict.FAIL, Verdict.ERROR, Verdict.UNEXPECTED_PASS) and target is not None:
        record.artifacts = artifacts.capture(
            kit(item.config).results_dir, target.id, target.build or target.version, record.id, item.nodeid,
            page=live.page if live else None, server_log=live.server_log() if live else None)
    entry = {"target": target.id if target else None, "nodeid": item.nodeid, "phase": report.when,
             "browser": kit(item.config).browser, "record": record.to_json()}
    report.user_properties.append((_PROPERTY, json.dumps(entry)))


def _harness_error(item, call) -> exit_codes.HarnessError | None:
    """What the harness could not observe, if that is why the check ended: one of its own errors, or the
    browser dying under it."""
    if call.excinfo is None:
        return None
    if isinstance(call.excinfo.value, exit_codes.HarnessError):
        return call.excinfo.value
    pages = item.stash.get(_pages_key, None)
    if isinstance(call.excinfo.value, PlaywrightError) and pages is not None and pages.browser_died():
        return exit_codes.HarnessError(f"the browser died during the check ({str(call.excinfo.value).splitlines()[0]})",
                                       exit_codes.BROWSER_DIED)
    return None


def _message(report) -> str:
    if isinstance(report.longrepr, tuple):
        return report.longrepr[2].removeprefix("Skipped: ")
    text = str(report.longrepr or "")
    crash = getattr(getattr(report.longrepr, "reprcrash", None), "message", None)
    return crash or text.strip().splitlines()[-1] if text else ""


class _Recorder:
    """Merges the phases of each check into one record. Registered per config, so that the hook, which pytest
    calls with the report only, knows its session (on the controller, also under xdist)."""

    def __init__(self, config):
        self.config = config

    def pytest_runtest_logreport(self, report):
        _record_phase(self.config, report)


def _record_phase(config, report) -> None:
    data = next((json.loads(v) for k, v in report.user_properties if k == _PROPERTY), None)
    if data is None or data["target"] is None:
        return
    phase = CheckRecord.from_json(data["record"])
    record = kit(config).checks.setdefault((data["target"], phase.id), CheckRecord(phase.id, phase.clauses))
    record.duration_s = round(record.duration_s + report.duration, 3)
    record.started_at = round(min(record.started_at or report.start, report.start), 3)
    record.ended_at = round(max(record.ended_at or report.stop, report.stop), 3)
    if data.get("browser"):
        kit(config).browser = data["browser"]
    if phase.observed:
        record.observed = phase.observed
    record.variant_expected = phase.variant_expected or record.variant_expected
    record.variant_seen = phase.variant_seen or record.variant_seen
    record.artifacts = phase.artifacts or record.artifacts
    if phase.error_code:
        kit(config).error_codes.add(phase.error_code)
    verdict = phase.verdict
    if verdict is not None and not (data["phase"] == "teardown" and record.verdict not in (None, Verdict.PASS)):
        # (a teardown error does not hide the verdict of the check itself)
        record.verdict = verdict
        record.message = phase.message
    if data["phase"] == "teardown" and _journal(config) is not None:
        _journal(config).write(kind="check", target=data["target"], record=record.to_json())


def pytest_sessionfinish(session, exitstatus):
    config = session.config
    if hasattr(config, "workerinput"):
        return
    interrupted = exitstatus not in (0, 1) or bool(session.shouldstop)
    kit(config).results_paths = []
    try:
        _write_results(config, interrupted)
        if config.getoption("kit_publish") and kit(config).results_paths and not interrupted:
            from conformance import publish

            kit(config).published = publish.publish(kit(config).results_dir, config.rootpath / "reports")
    except OSError as exc:
        kit(config).write_error = f"could not write the results: {exc.strerror or exc} ({exc.filename or ''})"
        session.exitstatus = exit_codes.CANNOT_WRITE
        return
    if kit(config).journal is not None:
        kit(config).journal.close()
    if exitstatus == 1 and kit(config).error_codes:
        session.exitstatus = next(c for c in exit_codes.PRIORITY + sorted(kit(config).error_codes)
                                  if c in kit(config).error_codes)


def _write_results(config, interrupted: bool) -> None:
    """One raw file per target; an interrupted run lists what it did not finish, and publishes nothing."""
    finished = results.now()
    for target in kit(config).targets:
        checks = sorted((c for (tid, _), c in kit(config).checks.items() if tid == target.id), key=lambda c: c.id)
        if interrupted:  # a check the interruption cut short has no verdict: it is missing, not an error
            checks = [c for c in checks if c.verdict is not None]
        if not checks:
            continue
        for record in checks:
            if record.verdict is None:
                record.verdict = Verdict.ERROR
                record.message = "the check did not report a verdict"
            if record.artifacts is None:
                artifacts.forget(kit(config).results_dir, target.id, record.id)
        missing = kit(config).collected.get(target.id, set()) - {c.id for c in checks}
        run = {
            **results.run_info(target, kit(config).browser, list(config.invocation_params.args), kit(config).revision),
            "started": kit(config).started_iso,
            "finished": finished,
            "duration_s": round(time.time() - kit(config).started, 2),
            "checks_run": len(checks),
            "complete": not interrupted and not missing,
        }
        if interrupted:
            run["interrupted"] = "stopped"
        path = results.path_for(kit(config).results_dir, target.id)
        results.write_atomic(path, results.merge(path, run, [c.to_json() for c in checks], missing))
        kit(config).results_paths.append(path)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    paths = kit(config).results_paths
    if kit(config).write_error:
        terminalreporter.write_line(f"kit: error: {kit(config).write_error}", red=True)
        return
    if not paths:
        return
    terminalreporter.section("conformance")
    for target in kit(config).targets:
        checks = [c for (tid, _), c in kit(config).checks.items() if tid == target.id]
        if not checks:
            continue
        summary = results.summarize([c.to_json() for c in checks])
        terminalreporter.write_line(f"Streamlit {target.id}: " + ", ".join(f"{n} {v}" for v, n in summary.items()))
        for record in sorted(checks, key=lambda c: c.id):
            if record.verdict is None:
                terminalreporter.write_line(f"  cut short: {record.id}")
            elif not record.verdict.expected:
                terminalreporter.write_line(f"  unexpected: {record.verdict.value}  {record.id}")
    for path in paths:
        terminalreporter.write_line(f"raw results: {path}")
    for published in kit(config).published:
        terminalreporter.write_line(f"published: {published}")
