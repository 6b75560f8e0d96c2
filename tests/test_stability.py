"""Stability runs: a check whose verdict is not the same in every run is a flip, reported with what it saw
in the runs where it did not pass; a check that both failed and passed is flaky."""

from conformance.stability import flips

CID = "conformance/spec/dialog/test_dialog_in_fragment.py::test_dialog_opened_from_fragment_works"


def _run(verdict: str, message: str | None = None) -> dict:
    return {"1.58.0": {CID: {"verdict": verdict, "message": message, "observed": {"FULL": 1}},
                       "steady": {"verdict": "pass", "message": None, "observed": {}}}}


def test_a_check_that_failed_once_is_flaky_with_its_failure_kept():
    found = flips([_run("pass"), _run("fail", "AssertionError: the dialog opened"), _run("pass")])
    assert found == [{"version": "1.58.0", "check": CID, "verdicts": ["pass", "fail", "pass"], "flaky": True,
                      "not_passed": [{"run": 2, "verdict": "fail", "message": "AssertionError: the dialog opened",
                                      "observed": {"FULL": 1}}]}]


def test_same_verdicts_in_every_run_are_no_flip():
    assert flips([_run("fail", "x"), _run("fail", "x")]) == []
