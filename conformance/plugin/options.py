"""The plugin's options, and the session it sets up from them (targets, registry, counterfeits, results)."""

from __future__ import annotations

import dataclasses

import json
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from conformance import counterfeits, durations, exit_codes, layout, registry, results, targets
from conformance.plugin.verdicts import Recorder
from conformance.run_dir import RunDir
from conformance.server import kill_ends_as_ctrl_c
from conformance.session import kit


def pytest_addoption(parser):
    group = parser.getgroup("conformance", "Streamlit fragment conformance kit")
    group.addoption(
        "--kit-python",
        metavar="PYTHON[=BUILD]",
        action="append",
        default=[],
        help="check the Streamlit installed for this interpreter (repeat for several; default: the "
        "Streamlit installed here); BUILD names what was installed, for the report",
    )
    group.addoption(
        "--kit-judge-as",
        metavar="VERSION",
        help="judge every target against the registry as this release (a bisect judges each build as GOOD, so "
        "that what differs is the behaviour, not the expectation)",
    )
    group.addoption(
        "--kit-results",
        metavar="DIR",
        help="where to write the raw results, streamlit-<version>.json (default: reports/raw)",
    )
    group.addoption(
        "--kit-swap",
        metavar="NAME=PATH",
        action="append",
        default=[],
        help="serve PATH instead of the app of behaviour NAME, spec/<area>/NAME/app.py (to try a broken app)",
    )
    group.addoption(
        "--kit-counterfeits",
        action="store_true",
        help="run every check on each counterfeit app that claims to break it, instead of the real app",
    )
    group.addoption(
        "--kit-registry", metavar="PATH", help="the clause registry to judge by (default: conformance/clauses.toml)"
    )
    group.addoption(
        "--kit-publish",
        action="store_true",
        help="after the run, rebuild reports/compatibility.{json,md,html} from every raw result",
    )
    group.addoption(
        "--kit-server-per-app",
        action="store_true",
        help="a server of its own for every fixture app (slower; the reference mode of the benchmark)",
    )
    group.addoption(
        "--kit-fresh-context",
        action="store_true",
        help="a new browser context for every check (slower; the reference mode of the benchmark)",
    )
    group.addoption(
        "--kit-resume",
        action="store_true",
        help="for a version whose last run was interrupted, run only the checks it did not finish",
    )
    group.addoption(
        "--kit-require-coverage",
        action="store_true",
        help="fail collection when a registry clause is named by no collected check",
    )


def pytest_configure(config):
    config.pluginmanager.register(Recorder(config), "conformance-recorder")
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
        kit(config).missing = (
            {t.id: sorted(results.missing_checks(kit(config).results_dir, t.id)) for t in kit(config).targets}
            if config.getoption("kit_resume")
            else {}
        )
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
    kit(config).revision = None if hasattr(config, "workerinput") else results.kit_revision(layout.ROOT)


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
        judge_as = config.getoption("kit_judge_as")
        if judge_as:
            found = [dataclasses.replace(t, judged_as=judge_as) for t in found]
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
