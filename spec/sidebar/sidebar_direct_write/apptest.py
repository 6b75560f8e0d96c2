"""SIDE-01, SIDE-03: a fragment body writing straight to `st.sidebar`, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, exceptions, fixture_app, sequence, shown

SIDE = {"SIDE_HEAD", "SIDE_EXT", "SIDE_TAIL"}

RERUNS = 2


def _sidebar_sequence(at) -> list[str]:
    return sequence(at, SIDE, roots=("sidebar",))


@scenario("SIDE-01")
def direct_sidebar_write_raises(case):
    at = fixture_app("sidebar_direct_write")
    first, first_errors = shown(at), exceptions(at)
    rerun = shown(click(at, "Fragment button"))
    errors, side = exceptions(at), _sidebar_sequence(at)
    case.observe(first=first, first_exceptions=first_errors, rerun=rerun, exceptions=errors, sidebar=side)
    case.check(
        first["SIDE_ERROR"] == rerun["SIDE_ERROR"] == "StreamlitAPIException",
        "the sidebar write raised StreamlitAPIException, in the full run and in the rerun",
        f"{first['SIDE_ERROR']}, then {rerun['SIDE_ERROR']}",
    )
    case.check(
        len(errors) == 1 and "st.sidebar" in errors[0]["message"] and "sidebar" not in errors[0]["blocks"],
        "the exception is about st.sidebar and shows in the main area",
        str(errors)[:160],
    )
    case.check(
        rerun.all("SIDE_EXT") == [],
        "nothing the fragment tried to write reached the sidebar",
        f"SIDE_EXT {rerun.all('SIDE_EXT')}",
    )
    case.check(
        side == [f"SIDE_HEAD={rerun['FULL']}", f"SIDE_TAIL={rerun['FULL']}"],
        "the main script's sidebar lines stay",
        str(side),
    )


@scenario("SIDE-03")
def direct_sidebar_write_replaced_in_place(case):
    at = fixture_app("sidebar_direct_write")
    first, first_side = shown(at), _sidebar_sequence(at)
    for _ in range(RERUNS):
        click(at, "Fragment button")
    after, side = shown(at), _sidebar_sequence(at)
    case.observe(first=first, first_sidebar=first_side, after=after, sidebar=side)
    full, frag = first["FULL"], first["FRAG"]
    case.check(
        first["SIDE_ERROR"] == "none" and after["SIDE_ERROR"] == "none",
        "writing to st.sidebar raised nothing",
        f"{first['SIDE_ERROR']}, then {after['SIDE_ERROR']}",
    )
    case.check(
        first_side == [f"SIDE_HEAD={full}", f"SIDE_EXT={frag}", f"SIDE_TAIL={full}"],
        "the full run put the fragment's line between the main script's sidebar lines",
        str(first_side),
    )
    case.check(
        [m.split("=")[0] for m in side] == ["SIDE_HEAD", "SIDE_EXT", "SIDE_TAIL"]
        and after.all("SIDE_EXT") == [str(frag + RERUNS)],
        "each fragment rerun replaced its sidebar line in place, between the main script's lines",
        str(side),
    )
    case.unchanged("FULL", first, after, "no full run happened")
