"""KEY-02: `st.rerun` with a list of fragment keys, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, session_value, shown


@scenario("KEY-02")
def rerun_with_a_list_of_keys_reruns_just_those_fragments(case):
    at = fixture_app("keyed_rerun_list")
    before = shown(at)
    after = shown(click(at, "Rerun left and right"))
    ran = {name: session_value(at, name) for name in ("FULL", "TAIL", "LEFT", "MIDDLE", "RIGHT")}
    case.observe(before=before, after=after, ran=ran)
    case.rose_by("LEFT", before, after, 1, "the fragment keyed 'left' reran once")
    case.rose_by("RIGHT", before, after, 1, "the fragment keyed 'right' reran once")
    case.unchanged("MIDDLE", before, after, "the keyed fragment not named did not run")
    case.unchanged("FULL", before, after, "the main script did not run")
    if after["FULL"] is None and ran["FULL"] == before["FULL"]:
        case.note(f"Session State says what ran: {ran}; AppTest's element tree holds only the last run's elements.")
