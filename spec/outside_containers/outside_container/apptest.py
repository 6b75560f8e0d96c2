"""EXT-01, EXT-04, EXT-06: a fragment writing elements and widgets into containers the main script created."""

from conformance.apptest import scenario
from conformance.apptest.harness import after_fragment_reruns, click, sequence, shown

BOX = {"BOX_HEAD", "EXT", "BOX_TAIL"}

RERUNS = 2


@scenario("EXT-01")
def outside_writes_accumulate_until_full_run(case):
    at, before, after = after_fragment_reruns("outside_container", RERUNS)
    case.observe(before=before, after=after, box=sequence(at, BOX))
    case.check(
        before.all("EXT") == ["1"], "the full run wrote one line into the outside container", f"EXT {before.all('EXT')}"
    )
    case.check(
        after.all("EXT") == [str(n) for n in range(1, RERUNS + 2)],
        "each fragment rerun added its line and the earlier ones stayed",
        f"EXT {after.all('EXT')}",
    )
    case.unchanged("FULL", before, after, "no full run happened")


@scenario("EXT-04")
def outside_writes_replaced_in_place(case):
    at, before, after = after_fragment_reruns("outside_container", RERUNS)
    box = sequence(at, BOX)
    case.observe(before=before, after=after, box=box)
    last = before["FRAG"] + RERUNS
    case.check(
        after.all("EXT") == [str(last)],
        "the outside container holds only the last fragment run's line",
        f"EXT {after.all('EXT')}",
    )
    case.check(
        [m.split("=")[0] for m in box] == ["BOX_HEAD", "EXT", "BOX_TAIL"],
        "the line stays where the full run put it, between the main script's lines",
        str(box),
    )
    case.unchanged("FULL", before, after, "the writes were made by fragment reruns: the main script did not run")


@scenario("EXT-06")
def full_rerun_rebuilds_outside_container(case):
    at, before, _ = after_fragment_reruns("outside_container", RERUNS)
    after = shown(click(at, "Outer button"))
    box = sequence(at, BOX)
    case.observe(before=before, after=after, box=box)
    full, last = after["FULL"], after["FRAG"]
    case.check(
        box == [f"BOX_HEAD={full}", f"EXT={last}", f"BOX_TAIL={full}"],
        "after a full run the container holds only what that run wrote, in its order",
        str(box),
    )
