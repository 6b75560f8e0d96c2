"""Verdicts: each check's phases merged into one record, the raw results written, the terminal summary."""

from __future__ import annotations

import json
import time

import pytest
from playwright.sync_api import Error as PlaywrightError

from conformance import artifacts, exit_codes, results
from conformance.plugin import keys
from conformance.plugin.collection import _clause_marks, _item_clause_ids, _journal, check_id, item_target
from conformance.page_watch import INVARIANTS, PageReport
from conformance.records import CheckId, CheckRecord, Kind, Verdict, glimpse
from conformance.session import kit


def _phase_verdict(item, report, call) -> Verdict | None:
    if report.when == "setup":
        if report.skipped:
            return Verdict.NA if keys.na_key in item.stash else Verdict.SKIPPED
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
    check = item.stash.get(keys.check_key, None)
    server = item.stash.get(keys.server_key, None)
    live = item.stash.get(keys.live_key, None)
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
        record.variant_seen = item.stash[keys.defect_key].name
    if verdict is not None and verdict is not Verdict.PASS:
        record.message = _message(report)
    harness_error = _harness_error(item, call)
    if verdict is Verdict.ERROR and harness_error is not None:
        record.error_code = harness_error.exit_code
        record.message = str(harness_error).splitlines()[0]
        report.longrepr = str(harness_error)
    if verdict in (Verdict.FAIL, Verdict.ERROR, Verdict.UNEXPECTED_PASS) and target is not None:
        record.artifacts = artifacts.capture(
            kit(item.config).results_dir,
            target.id,
            target.build or target.version,
            record.id,
            item.nodeid,
            page=live.page if live else None,
            server_log=live.server_log() if live else None,
        )
    entry = {
        "target": target.id if target else None,
        "nodeid": item.nodeid,
        "phase": report.when,
        "browser": kit(item.config).browser,
        "record": record.to_json(),
    }
    report.user_properties.append((keys.PROPERTY, json.dumps(entry)))
    if report.when == "teardown" and check is not None and live is not None:
        for invariant in _invariant_records(item, check, record.id, live.watch.report):
            report.user_properties.append((keys.PROPERTY, json.dumps({**entry, "record": invariant.to_json()})))


def _invariant_records(item, check, check_id_text: str, page: PageReport) -> list[CheckRecord]:
    """The page-wide invariants (INV clauses) judged on what the page reported during this check: one record
    each, `<check>~INV-01`, unless one of the check's clauses allows breaking it."""
    allowed = {cid for clause in check.clauses for cid in clause.allows}
    checked = CheckId.parse(check_id_text)
    found = []
    for cid in INVARIANTS:
        clause = kit(item.config).clauses.get(cid)
        if clause is None or cid in allowed or not clause.applies(check.version):
            continue
        held = page.keeps(cid)
        variant = clause.variant_at(check.version)
        known = variant is not None and variant.kind is Kind.DEFECT and variant.fails_in(checked.name)
        if held:
            verdict = Verdict.UNEXPECTED_PASS if known and not variant.intermittent_in(checked.name) else Verdict.PASS
        else:
            verdict = Verdict.KNOWN_BUG if known else Verdict.FAIL
        record = CheckRecord(
            str(checked.for_invariant(cid)),
            [cid],
            verdict,
            variant_seen=variant.name if known and not held else None,
            variant_expected=variant.name if variant else None,
            observed={"page": page.as_dict(cid)},
            message=None if held else f"{cid}: {page.describe(cid)}",
        )
        found.append(record)
    return found


def _harness_error(item, call) -> exit_codes.HarnessError | None:
    """What the harness could not observe, if that is why the check ended: one of its own errors, or the
    browser dying under it."""
    if call.excinfo is None:
        return None
    if isinstance(call.excinfo.value, exit_codes.HarnessError):
        return call.excinfo.value
    pages = item.stash.get(keys.pages_key, None)
    if isinstance(call.excinfo.value, PlaywrightError) and pages is not None and pages.browser_died():
        return exit_codes.HarnessError(
            f"the browser died during the check ({str(call.excinfo.value).splitlines()[0]})", exit_codes.BROWSER_DIED
        )
    return None


def _message(report) -> str:
    if isinstance(report.longrepr, tuple):
        return report.longrepr[2].removeprefix("Skipped: ")
    text = str(report.longrepr or "")
    crash = getattr(getattr(report.longrepr, "reprcrash", None), "message", None)
    return crash or text.strip().splitlines()[-1] if text else ""


class Recorder:
    """Merges the phases of each check into one record. Registered per config, so that the hook, which pytest
    calls with the report only, knows its session (on the controller, also under xdist)."""

    def __init__(self, config):
        self.config = config

    def pytest_runtest_logreport(self, report):
        _record_phase(self.config, report)


def _record_phase(config, report) -> None:
    for key, value in report.user_properties:
        if key == keys.PROPERTY:
            _record_entry(config, report, json.loads(value))


def _record_entry(config, report, data: dict) -> None:
    if data["target"] is None:
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
    invariants = {cid for cid, c in kit(config).clauses.items() if c.invariant}
    broken = [r for r in kit(config).checks.values() if set(r.clauses) & invariants and not r.verdict.expected]
    if session.exitstatus == 0 and broken:  # an invariant broken where the registry does not record it
        session.exitstatus = 1
    if exitstatus == 1 and kit(config).error_codes:
        session.exitstatus = next(
            c for c in exit_codes.PRIORITY + sorted(kit(config).error_codes) if c in kit(config).error_codes
        )


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
                terminalreporter.write_line(f"    saw: {glimpse(record.observed)}")
    for path in paths:
        terminalreporter.write_line(f"raw results: {path}")
    for published in kit(config).published:
        terminalreporter.write_line(f"published: {published}")
