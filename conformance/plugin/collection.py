"""Collection: one check per target (and counterfeit), clause marks, n/a, recorded defects, scheduling, resume."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conformance import exit_codes, registry, results, targets
from conformance.check import Check
from conformance.plugin import keys
from conformance.records import CheckId, check_name
from conformance.session import kit


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
    app = keys.module_app(metafunc.module)
    fakes = [
        c
        for c in kit(config).counterfeits.values()
        if c.fixture == app and metafunc.function.__name__ in {check_name(name) for name in c.catches}
    ]
    if not fakes or "kit_counterfeit" not in metafunc.fixturenames:
        metafunc.parametrize("kit_target", [])  # nothing to run it on: deselected at collection
        return
    pairs = [(t, c) for t in found for c in fakes if c.applies_to(t.judged_version)]
    metafunc.parametrize(
        ["kit_target", "kit_counterfeit"], pairs, ids=[f"st{t.id}-{c.name.replace('/', '.')}" for t, c in pairs]
    )


def _clause_marks(item):
    return list(item.iter_markers("clause"))


def _is_spec(item) -> bool:
    return keys.SPEC_DIR in Path(str(item.path)).resolve().parents


def item_target(item) -> targets.Target | None:
    callspec = getattr(item, "callspec", None)
    target = callspec.params.get("kit_target") if callspec else None
    # a check with nothing to run on (no counterfeit of its own under --kit-counterfeits) is left unparametrized
    return target if isinstance(target, targets.Target) else None


def _counterfeit(item) -> bool:
    callspec = getattr(item, "callspec", None)
    return bool(callspec and callspec.params.get("kit_counterfeit"))


def check_id(item) -> str:
    """path::test[own params], the same in every version's results (no browser, version or counterfeit)."""
    callspec = getattr(item, "callspec", None)
    own = [
        str(v)
        for k, v in (callspec.params.items() if callspec else [])
        if k not in ("browser_name", "kit_target", "kit_counterfeit")
    ]
    fake = callspec.params.get("kit_counterfeit") if callspec else None
    return str(
        CheckId(
            item.nodeid.split("::")[0],
            getattr(item, "originalname", None) or item.name,
            "-".join(own),
            fake.name if fake else None,
        )
    )


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
                    raise pytest.UsageError(
                        f"{item.nodeid}: unknown clause id {cid!r} (not in {registry.REGISTRY_PATH.name})"
                    )
                named.add(cid)
            variant = mark.kwargs.get("variant")
            if variant is not None:
                try:
                    clauses[mark.args[0]].variant(variant)
                except registry.RegistryError as exc:
                    raise pytest.UsageError(f"{item.nodeid}: {exc}") from None
        target = item_target(item)
        if marks and target is not None:
            defect = _failing_defect(item, target.judged_version)
            if defect is not None and _counterfeit(item) and defect.intermittent_in(_check_name(item)):
                # a counterfeit must fail the check by itself: a defect that shows in some runs only excuses
                # nothing there (with it, a counterfeit the check catches would read as the defect showing)
                defect = None
            if defect is not None:
                item.stash[keys.defect_key] = defect
                # only an assertion counts as the defect showing: a harness error stays an error; an
                # intermittent defect may not show in this run, so a pass is expected too
                item.add_marker(
                    pytest.mark.xfail(
                        reason=f"recorded defect {defect.name}: {defect.source or defect.evidence}",
                        raises=AssertionError,
                        strict=not defect.intermittent_in(_check_name(item)),
                    )
                )
    if config.getoption("kit_require_coverage"):
        missing = sorted(
            cid for cid, c in clauses.items() if cid not in named and "internal" not in c.flags and not c.invariant
        )
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
    done = [
        item
        for item in items
        if item_target(item) and item_target(item).id in missing and check_id(item) not in missing[item_target(item).id]
    ]
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
        cost = 0.0 if _not_applicable(item, target.judged_version) else kit(config).durations.get(check_id(item), 5.0)
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
        found = keys.TARGET_ID.search(nodeid)
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
        journal.write(
            kind="run",
            target=target.id,
            run={
                **results.run_info(target, None, list(config.invocation_params.args), kit(config).revision),
                "started": kit(config).started_iso,
            },
        )
        journal.write(kind="collected", target=target.id, checks=sorted(kit(config).collected.get(target.id, ())))


def _journal(config):
    if kit(config).journal is None and not config.option.collectonly and not hasattr(config, "workerinput"):
        kit(config).journal = results.Journal(kit(config).results_dir, f"{int(kit(config).started)}-{os.getpid()}")
    return kit(config).journal


def _item_clause_ids(item) -> list[str]:
    return [cid for mark in _clause_marks(item) for cid in mark.args]


def _check_name(item) -> str:
    return getattr(item, "originalname", None) or item.name


def _failing_defect(item, version: str) -> registry.Variant | None:
    """The recorded defect of this release that the check cannot tell apart, so that it is expected to fail."""
    name = _check_name(item)
    for cid in _item_clause_ids(item):
        variant = kit(item.config).clauses[cid].variant_at(version)
        if variant is not None and variant.fails_in(name):
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
        pytest.exit(
            "Streamlit is not installed for this Python: install it, or name one with --kit-python",
            returncode=exit_codes.NO_STREAMLIT,
        )
    reason = _not_applicable(item, target.judged_version)
    if reason:
        item.stash[keys.na_key] = reason
        pytest.skip(reason)
    clauses = [kit(item.config).clauses[cid] for cid in _item_clause_ids(item)]
    item.stash[keys.check_key] = Check(clauses, target.judged_version)
