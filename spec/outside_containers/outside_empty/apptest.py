"""EXT-02: a fragment writing into an outside `st.empty()`, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import after_fragment_reruns


@scenario("EXT-02")
def outside_empty_holds_only_latest_write(case):
    at, before, after = after_fragment_reruns("outside_empty", 3)
    order = [n for n in after.names() if n in ("FULL", "SLOT", "FRAG", "AFTER")]
    case.observe(before=before, after=after, order=order)
    case.check(
        after.all("SLOT") == [str(after["FRAG"])],
        "the placeholder shows only the latest write",
        f"SLOT {after.all('SLOT')}",
    )
    case.check(
        order == ["FULL", "SLOT", "FRAG", "AFTER"], "the placeholder stays where the main script made it", str(order)
    )
    case.unchanged("FULL", before, after, "the writes were made by fragment reruns: the main script did not run")
