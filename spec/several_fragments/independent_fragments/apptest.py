"""MULTI-01, MULTI-02: fragments rerun independently of their siblings and of other calls of one function."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, shown

APP = "independent_fragments"


@scenario("MULTI-01")
def sibling_fragment_is_left_alone(case):
    at = fixture_app(APP)
    before = shown(at)
    after_left = shown(click(at, "Left button"))
    after_right = shown(click(at, "Right button"))
    case.observe(before=before, after_left=after_left, after_right=after_right)
    case.unchanged("RIGHT", before, after_left, "a click in the left fragment did not rerun the right one")
    case.unchanged("LEFT", after_left, after_right, "a click in the right fragment did not rerun the left one")
    case.unchanged("FULL", before, after_right, "no full run happened")


@scenario("MULTI-02")
def two_calls_of_one_function_are_two_fragments(case):
    at = fixture_app(APP)
    before = shown(at)
    after = shown(click(at, "Tile ONE button"))
    case.observe(before=before, after=after)
    case.rose_by("TILE_ONE", before, after, 1, "the first call site ran once")
    case.unchanged("TILE_TWO", before, after, "the second call site of the same function did not rerun")
    case.unchanged("FULL", before, after, "no full run happened")
