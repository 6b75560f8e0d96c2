"""STATE-01, STATE-02: fragments share Session State with the app; widget state across fragment reruns."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, shown

APP = "shared_state"


def _tick(at, key: str):
    return at.checkbox(key=key).check().run()


@scenario("STATE-01")
def fragment_changes_to_session_state_add_up_and_reach_the_main_script(case):
    at = fixture_app(APP)
    before = shown(at)
    first = shown(click(at, "Add button"))
    second = shown(click(at, "Add button"))
    full = shown(click(at, "Outer button"))
    case.observe(before=before, after_one_add=first, after_two_adds=second, after_full_run=full)
    case.rose_by("FRAG_TOTAL", before, first, 1, "the first fragment rerun added one to the total")
    case.rose_by("FRAG_TOTAL", before, second, 2, "the second fragment rerun added to the first one's change")
    case.unchanged("MAIN_TOTAL", before, second, "the main output keeps its value until a full run")
    case.unchanged("FULL", before, second, "the fragment reruns did not run the main script")
    case.rose_by("MAIN_TOTAL", before, full, 2, "the next full run saw both additions")


@scenario("STATE-02")
def outside_widget_keeps_its_value_across_fragment_reruns(case):
    at = fixture_app(APP)
    ticked = shown(_tick(at, "outside_cb"))
    frag = shown(click(at, "Add button"))
    frag2 = shown(click(at, "Add button"))
    full = shown(click(at, "Outer button"))
    checked = at.checkbox(key="outside_cb").value
    case.observe(
        ticked=ticked, after_fragment=frag, after_two_fragment_runs=frag2, after_full_run=full, outside_checked=checked
    )
    case.check(
        frag["FRAG_SEES_OUTSIDE"] == frag2["FRAG_SEES_OUTSIDE"] == "True",
        "the outside checkbox kept its value during the fragment reruns",
        f"{frag['FRAG_SEES_OUTSIDE']}, {frag2['FRAG_SEES_OUTSIDE']}",
    )
    case.check(
        full["MAIN_OUTSIDE"] == "True" and checked is True,
        "the next full run still saw it ticked",
        f"MAIN_OUTSIDE={full['MAIN_OUTSIDE']}, checkbox {checked}",
    )


@scenario("STATE-02")
def inside_widget_not_drawn_in_a_fragment_rerun_loses_its_state(case):
    at = fixture_app(APP)
    before = shown(at)
    ticked = shown(_tick(at, "inner_cb"))
    kept = shown(click(at, "Add button"))
    hidden = shown(click(at, "Toggle inner"))
    again = shown(click(at, "Toggle inner"))
    case.observe(before=before, ticked=ticked, drawn_rerun=kept, hidden=hidden, shown_again=again)
    case.check(
        kept["INNER_STATE"] == "True",
        "an inside widget drawn in the rerun kept its value",
        f"INNER_STATE={kept['INNER_STATE']}",
    )
    case.check(
        hidden["INNER_SHOWN"] == "False" and again["INNER_SHOWN"] == "True",
        "the toggle hid it, then drew it again",
        f"{hidden['INNER_SHOWN']}, {again['INNER_SHOWN']}",
    )
    case.check(
        again["INNER_STATE"] == "False",
        "the widget not drawn in one rerun came back with its default",
        f"INNER_STATE={again['INNER_STATE']}",
    )
    case.unchanged("FULL", before, again, "only the fragment ran")
