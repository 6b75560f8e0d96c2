"""The harness as a package: the wheel of this repository, installed in a fresh environment outside it,
gives a team's own tests the `streamlit_app` fixture with no conftest.py and no path tricks (README)."""

import os
import re
import shutil
import subprocess
import sys

import pytest

from conformance import results
from tests.kit_run import ROOT


def _readme_example() -> str:
    """The Python block of the README's 'Testing your own app' section."""
    section = (ROOT / "README.md").read_text().split("## Testing your own app", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S)[1]


def _run(cmd: list[str], cwd, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "VIRTUAL_ENV")) and k != "PYTHONPATH"}
    return subprocess.run(
        cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env, stdin=subprocess.DEVNULL
    )


def test_wheel_installs_the_plugin_for_a_teams_own_app(tmp_path):
    uv = shutil.which("uv")
    if uv is None:
        pytest.fail("uv is needed to build and install the wheel (./kit puts it on the PATH)", pytrace=False)
    source = tmp_path / "source"  # a copy: a build writes build/ and *.egg-info/ into the tree it builds
    shutil.copytree(ROOT / "conformance", source / "conformance", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    built = _run([uv, "build", "--wheel", "--out-dir", str(tmp_path / "dist"), str(source)], cwd=tmp_path)
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next((tmp_path / "dist").glob("*.whl"))

    env = tmp_path / "env"
    python = env / "bin" / "python"
    assert _run([uv, "venv", "-q", "--python", sys.executable, str(env)], cwd=tmp_path).returncode == 0
    # the harness's pins as constraints, as a team pinning its test tools would
    installed = _run(
        [
            uv,
            "pip",
            "install",
            "-q",
            "--python",
            str(python),
            str(wheel),
            f"streamlit=={results.package_version('streamlit')}",
            "-c",
            str(ROOT / "requirements-harness.txt"),
        ],
        cwd=tmp_path,
    )
    assert installed.returncode == 0, installed.stderr[-2000:]

    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(ROOT / "tests" / "own_app" / "order_form.py", project / "app.py")
    (project / "test_cart.py").write_text(_readme_example())
    done = _run([str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_cart.py"], cwd=project)
    assert done.returncode == 0 and "1 passed" in done.stdout, done.stdout[-3000:] + done.stderr[-2000:]
    where = _run([str(python), "-c", "import conformance.plugin as p; print(p.__file__)"], cwd=project).stdout
    assert str(env) in where, f"the plugin came from the installed wheel, not the repository: {where}"
    assert not (project / "reports").exists(), "a team's own tests leave no results folder behind"
