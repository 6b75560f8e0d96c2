"""The kit's own lint rules (conformance/lint.py): the real tree is clean, and each rule flags a made-up offence."""

import textwrap

from conformance import layout, lint, registry

APP = "import streamlit as st\n\nst.text('FULL=1')\n"
CHECK = """
    import pytest


    @pytest.mark.clause("SCOPE-01")
    def test_{name}(app, check):
        assert app.markers()["FULL"] == 1
"""


def _behaviour(root, area: str, name: str, check: str = CHECK, counterfeits: str = "", extra: str = "") -> None:
    folder = root / "spec" / area / name
    folder.mkdir(parents=True)
    (folder / layout.APP).write_text(APP)
    (folder / f"test_{name}.py").write_text(textwrap.dedent(check.format(name=name)) + extra)
    if counterfeits:
        (folder / layout.COUNTERFEITS).write_text(textwrap.dedent(counterfeits))


def _rules(root) -> list[str]:
    return [line.split(": ")[1] for line in lint.findings(root)]


def test_the_kit_itself_is_clean():
    assert lint.findings() == []


def test_a_clean_made_up_spec_has_no_findings(tmp_path):
    _behaviour(tmp_path, "scoped_reruns", "first")
    assert lint.findings(tmp_path) == []


def test_a_folder_that_is_not_an_area_is_flagged(tmp_path):
    _behaviour(tmp_path, "scope", "first")
    assert _rules(tmp_path) == ["layout"]


def test_a_behaviour_without_its_checks_is_flagged(tmp_path):
    _behaviour(tmp_path, "scoped_reruns", "first")
    (tmp_path / "spec" / "scoped_reruns" / "first" / "test_first.py").rename(
        tmp_path / "spec" / "scoped_reruns" / "first" / "test_other.py"
    )
    assert _rules(tmp_path) == ["layout"]


def test_a_sleep_without_its_reason_is_flagged_and_one_with_a_reason_is_not(tmp_path):
    extra = (
        "\n\ndef helper():\n    time.sleep(1)\n\n\ndef waiter(clock):\n    clock.wait_for_timeout(1)  # sleep: why\n"
    )
    _behaviour(tmp_path, "scoped_reruns", "first", extra=extra)
    assert _rules(tmp_path) == ["sleep"]


def test_raw_page_access_javascript_and_test_ids_in_a_check_are_flagged(tmp_path):
    extra = '\n\ndef helper(app):\n    return app.page.evaluate("() => document.title")\n'
    extra += "\n\nSEL = '[data-testid=\"stButton\"]'\n"
    _behaviour(tmp_path, "scoped_reruns", "first", extra=extra)
    assert sorted(_rules(tmp_path)) == ["raw-page", "raw-page", "raw-page"]


def test_a_check_name_used_twice_is_flagged(tmp_path):
    _behaviour(tmp_path, "scoped_reruns", "first")
    _behaviour(tmp_path, "scoped_reruns", "second", check=CHECK.replace("test_{name}", "test_first"))
    assert _rules(tmp_path) == ["check-name"]


def test_a_counterfeit_edit_that_does_not_apply_is_flagged(tmp_path):
    counterfeits = """
        [[counterfeit]]
        name = "stale"
        catches = ["test_first"]
          [[counterfeit.edit]]
          find = "st.text('FULL=2')"
          replace = ""
    """
    _behaviour(tmp_path, "scoped_reruns", "first", counterfeits=counterfeits)
    assert _rules(tmp_path) == ["counterfeit"]
    (tmp_path / "spec" / "scoped_reruns" / "first" / layout.COUNTERFEITS).write_text(
        textwrap.dedent(counterfeits).replace("FULL=2", "FULL=1")
    )
    assert lint.findings(tmp_path) == []


def test_a_registry_that_does_not_load_is_flagged(tmp_path):
    bad = tmp_path / "clauses.toml"
    text = registry.REGISTRY_PATH.read_text(encoding="utf-8")
    bad.write_text(text.replace('name = "fragment-only"', 'name = "quick-clicks-lose-elements"', 1), encoding="utf-8")
    found = lint.registry_findings(bad)
    assert [f.split(": ")[1] for f in found] == ["registry"] and "describe different behaviours" in found[0]
    assert lint.registry_findings() == []
