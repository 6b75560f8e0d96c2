"""Every check can fail: each counterfeit app breaks one behaviour, and the checks about it must say `fail`.

A counterfeit `tests/counterfeits/<fixture>__<break>.py` replaces `fixtures/<fixture>.py` for one run of the
fixture's spec module.
"""

import ast

import pytest

from tests.kit_run import COUNTERFEITS, SPEC, run_suite, spec_module_for, verdicts

CATCHES = {
    "scoped_rerun__without_fragment": [
        "test_button_in_fragment_reruns_only_the_fragment",
        "test_outside_elements_stay_fresh_while_fragment_reruns",
    ],
    "scoped_rerun__fragment_skipped_on_full_run": ["test_button_outside_fragments_reruns_everything"],
    "scoped_rerun__live_outer_value": ["test_main_output_keeps_last_full_run_values"],
    "call_site_rendering__deferred": [
        "test_fragments_run_inline_in_call_order",
        "test_fragments_render_at_their_call_sites",
    ],
    "fragment_rerun_replaces__accumulating": ["test_fragment_elements_are_replaced_not_accumulated"],
    "one_shot_elements__fired_by_fragment": ["test_outside_balloons_and_snow_do_not_fire_on_fragment_rerun"],
    "independent_fragments__shared_fragment": [
        "test_sibling_fragment_is_left_alone",
        "test_two_calls_of_one_function_are_two_fragments",
    ],
    "experimental_alias__not_a_fragment": ["test_experimental_fragment_makes_a_fragment_or_is_gone"],
    "fragment_signature__positional_and_unscoped": [
        "test_st_fragment_parameters",
        "test_st_fragment_makes_a_fragment",
    ],
    "decorator_forms__called_form_broken": [
        "test_every_decorator_form_makes_a_fragment",
        "test_decorated_function_keeps_its_metadata",
    ],
    "without_script_context__body_runs": ["test_fragment_call_without_context_is_a_no_op"],
}


def _spec_test_names() -> set[str]:
    names = set()
    for path in SPEC.rglob("test_*.py"):
        tree = ast.parse(path.read_text())
        names |= {n.name for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")}
    return names


def test_every_counterfeit_file_is_listed():
    on_disk = {p.stem for p in COUNTERFEITS.glob("*__*.py")}
    assert on_disk == set(CATCHES)


def test_every_spec_check_is_caught_by_a_counterfeit():
    caught = {name for names in CATCHES.values() for name in names}
    assert _spec_test_names() - caught == set(), "checks no counterfeit has shown able to fail"


@pytest.mark.parametrize("counterfeit", sorted(CATCHES))
def test_counterfeit_is_caught(counterfeit, tmp_path):
    fixture = counterfeit.split("__")[0]
    module = spec_module_for(fixture)
    names = CATCHES[counterfeit]
    done, data = run_suite(
        [str(module), "-k", " or ".join(names), "--kit-swap", f"{fixture}={COUNTERFEITS / (counterfeit + '.py')}"],
        tmp_path / "results.json",
    )
    seen = verdicts(data)
    expected = {name: ("n/a" if seen.get(name) == "n/a" else "fail") for name in names}
    assert {name: seen.get(name) for name in names} == expected, done.stdout[-3000:]
    assert any(v == "fail" for v in seen.values()), "the counterfeit made at least one check fail"
