"""EXT-01..EXT-06: a fragment writing elements and widgets into containers the main script created."""

from conformance.apptest import scenario
from conformance.apptest.harness import button_labels, click, exceptions, fixture_app, sequence, shown

BOX = {"BOX_HEAD", "EXT", "BOX_TAIL"}
RERUNS = 2


def _after_fragment_reruns(app: str, count: int):
    at = fixture_app(app)
    before = shown(at)
    for _ in range(count):
        click(at, "Fragment button")
    return at, before, shown(at)


@scenario("EXT-01")
def outside_writes_accumulate_until_full_run(case):
    at, before, after = _after_fragment_reruns("outside_container", RERUNS)
    case.observe(before=before, after=after, box=sequence(at, BOX))
    case.check(before.all("EXT") == ["1"], "the full run wrote one line into the outside container",
               f"EXT {before.all('EXT')}")
    case.check(after.all("EXT") == [str(n) for n in range(1, RERUNS + 2)],
               "each fragment rerun added its line and the earlier ones stayed", f"EXT {after.all('EXT')}")
    case.unchanged("FULL", before, after, "no full run happened")


@scenario("EXT-02")
def outside_empty_holds_only_latest_write(case):
    at, before, after = _after_fragment_reruns("outside_empty", 3)
    order = [n for n in after.names() if n in ("FULL", "SLOT", "FRAG", "AFTER")]
    case.observe(before=before, after=after, order=order)
    case.check(after.all("SLOT") == [str(after["FRAG"])], "the placeholder shows only the latest write",
               f"SLOT {after.all('SLOT')}")
    case.check(order == ["FULL", "SLOT", "FRAG", "AFTER"], "the placeholder stays where the main script made it",
               str(order))
    case.unchanged("FULL", before, after, "the writes were made by fragment reruns: the main script did not run")


@scenario("EXT-03")
def widget_in_outside_container(case):
    at = fixture_app("outside_widget")
    page, shown_errors = shown(at), exceptions(at)
    error, outside_buttons = page["WIDGET_ERROR"], button_labels(at).count("Outside button")
    case.observe(error=error, exceptions=shown_errors, outside_buttons=outside_buttons)
    expected = case.expect("error")
    if not expected:
        case.check(error == "none", "no error", f"WIDGET_ERROR={error}")
        case.check(outside_buttons == 1, "the widget was created in the outside container", f"{outside_buttons}")
        return
    case.check(error == expected, f"it raises {expected}", f"WIDGET_ERROR={error}")
    case.check([e["error"] for e in shown_errors] == [expected], "that exception is shown",
               str([e["error"] for e in shown_errors]))
    case.check(bool(shown_errors) and case.expect("message") in shown_errors[0]["message"],
               f"its message reads {case.expect('message')!r}",
               shown_errors[0]["message"][:120] if shown_errors else "none")
    case.check(outside_buttons == 0, "the widget was not created", f"{outside_buttons}")


@scenario("EXT-04")
def outside_writes_replaced_in_place(case):
    at, before, after = _after_fragment_reruns("outside_container", RERUNS)
    box = sequence(at, BOX)
    case.observe(before=before, after=after, box=box)
    last = before["FRAG"] + RERUNS
    case.check(after.all("EXT") == [str(last)], "the outside container holds only the last fragment run's line",
               f"EXT {after.all('EXT')}")
    case.check([m.split("=")[0] for m in box] == ["BOX_HEAD", "EXT", "BOX_TAIL"],
               "the line stays where the full run put it, between the main script's lines", str(box))
    case.unchanged("FULL", before, after, "the writes were made by fragment reruns: the main script did not run")


@scenario("EXT-04")
def outside_widget_reruns_its_fragment(case):
    at = fixture_app("outside_widget")
    before = shown(at)
    after = shown(click(at, "Outside button"))
    outside_buttons = button_labels(at).count("Outside button")
    case.observe(before=before, after=after, outside_buttons=outside_buttons)
    case.rose_by("FRAG", before, after, 1, "clicking the outside widget reran the fragment once")
    case.unchanged("FULL", before, after, "only the fragment ran")
    case.check(outside_buttons == 1, "the outside widget was replaced in place, not duplicated", f"{outside_buttons}")


@scenario("EXT-05")
def first_outside_write_in_fragment_rerun_raises(case):
    at = fixture_app("outside_first_write")
    before = shown(at)
    after = shown(click(at, "Write outside"))
    errors = exceptions(at)
    case.observe(before=before, after=after, exceptions=errors)
    case.check(len(errors) == 1 and errors[0]["error"] == case.expect("error"), f"it raises {case.expect('error')}",
               str([e["error"] for e in errors]))
    case.check(bool(errors) and case.expect("message") in errors[0]["message"],
               f"its message reads {case.expect('message')!r}", errors[0]["message"][:120] if errors else "none")
    case.check(after.all("LATE") == [], "nothing was written into the outside container", f"LATE {after.all('LATE')}")
    case.unchanged("FULL", before, after, "the click reran only the fragment")


@scenario("EXT-06")
def full_rerun_rebuilds_outside_container(case):
    at, before, _ = _after_fragment_reruns("outside_container", RERUNS)
    after = shown(click(at, "Outer button"))
    box = sequence(at, BOX)
    case.observe(before=before, after=after, box=box)
    full, last = after["FULL"], after["FRAG"]
    case.check(box == [f"BOX_HEAD={full}", f"EXT={last}", f"BOX_TAIL={full}"],
               "after a full run the container holds only what that run wrote, in its order", str(box))
