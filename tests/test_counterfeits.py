"""Every check can fail: each counterfeit app breaks one behaviour, and the checks about it must say `fail`.

A counterfeit `tests/counterfeits/<fixture>__<break>.py` replaces `fixtures/<fixture>.py` for one run of the
fixture's spec module (`<fixture>` may have folders: `tutorials/x__y.py` replaces `fixtures/tutorials/x.py`).
Its docstring ends with `Catches: test_a, test_b`: the checks that must fail on it. A counterfeit whose checks
are all n/a on the installed Streamlit is skipped with that reason; run the kit tests on a version where they
apply (`nox -s tests-at -- 1.58`) to see it caught.
"""

import ast

import pytest

from tests.kit_run import COUNTERFEITS, SPEC, run_suite, spec_module_for, verdicts


def _catches(path) -> list[str]:
    doc = ast.get_docstring(ast.parse(path.read_text())) or ""
    line = next((l for l in doc.splitlines() if l.startswith("Catches:")), "")
    return [name.strip() for name in line.removeprefix("Catches:").split(",") if name.strip()]


def _name(path) -> str:
    return path.relative_to(COUNTERFEITS).with_suffix("").as_posix()


CATCHES = {_name(path): _catches(path) for path in sorted(COUNTERFEITS.rglob("*__*.py"))}


def _spec_test_names() -> set[str]:
    names = set()
    for path in SPEC.rglob("test_*.py"):
        tree = ast.parse(path.read_text())
        names |= {n.name for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")}
    return names


def test_every_counterfeit_names_what_it_catches():
    assert CATCHES and all(CATCHES.values()), {k: v for k, v in CATCHES.items() if not v}


def test_every_spec_check_is_caught_by_a_counterfeit():
    caught = {name for names in CATCHES.values() for name in names}
    assert _spec_test_names() - caught == set(), "checks no counterfeit has shown able to fail"


@pytest.mark.parametrize("counterfeit", sorted(CATCHES))
def test_counterfeit_is_caught(counterfeit, tmp_path):
    fixture = counterfeit.split("__")[0]
    path = COUNTERFEITS / f"{counterfeit}.py"
    names = CATCHES[counterfeit]
    done, data = run_suite(
        [str(spec_module_for(fixture)), "-k", " or ".join(names), "--kit-swap", f"{fixture}={path}"],
        tmp_path / "results.json",
    )
    seen = verdicts(data)
    if seen and all(seen.get(name) == "n/a" for name in names):
        pytest.skip(f"every check it targets is n/a on Streamlit {data['run']['streamlit']}")
    expected = {name: ("n/a" if seen.get(name) == "n/a" else "fail") for name in names}
    assert {name: seen.get(name) for name in names} == expected, done.stdout[-3000:]
    assert any(v == "fail" for v in seen.values()), "the counterfeit made at least one check fail"
