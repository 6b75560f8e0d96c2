"""INV-02's judge on made-up inventories: what counts as a fragment-only run, and what changed outside it."""

from conformance.page_watch import outside_changes


def el(text, scope="", run="r1", kind="stText", media=()):
    return {"kind": kind, "text": text, "media": list(media), "scope": scope, "run": run}


BEFORE = [el("FULL=1"), el("FRAG=1", "F"), el("Button", "F", kind="stButton"), el("TAIL=1"), el("B=1", "B")]


def test_a_fragment_run_that_leaves_the_rest_alone_changes_nothing():
    after = [el("FULL=1"), el("FRAG=2", "F", "r2"), el("Button", "F", kind="stButton"), el("TAIL=1"), el("B=1", "B")]
    assert outside_changes(BEFORE, after) == (True, [])


def test_a_main_element_that_vanishes_in_a_fragment_run_is_a_change():
    after = [el("FULL=1"), el("FRAG=2", "F", "r2"), el("Button", "F", kind="stButton"), el("B=1", "B")]
    assert outside_changes(BEFORE, after) == (True, ["vanished: stText 'TAIL=1'"])


def test_another_fragment_changed_without_running_is_a_change():
    after = [el("FULL=1"), el("FRAG=2", "F", "r2"), el("TAIL=1"), el("B=1", "B", media=["/media/x.png"])]
    judged, changes = outside_changes(BEFORE, after)
    assert judged and "vanished: stText 'B=1'" in changes and "appeared: stText 'B=1' [/media/x.png]" in changes


def test_a_full_run_is_not_judged():
    after = [el("FULL=2", run="r2"), el("FRAG=2", "F", "r2")]
    assert outside_changes(BEFORE, after) == (False, [])


def test_no_run_is_not_judged():
    assert outside_changes(BEFORE, BEFORE[:2]) == (False, [])


def test_a_fragment_whose_elements_all_went_may_have_been_dropped_by_its_parent():
    after = [el("FULL=1"), el("FRAG=2", "F", "r2"), el("TAIL=1")]
    assert outside_changes(BEFORE, after) == (True, [])


def test_a_run_still_drawing_at_the_first_inventory_counts_as_running_its_fragments():
    before = [el("FULL=1"), el("A=2", "A", "r2"), el("B=1", "B")]
    after = [el("FULL=1"), el("A=2", "A", "r2"), el("B=2", "B", "r2")]
    assert outside_changes(before, after) == (True, [])


def test_a_release_that_hides_the_fragments_is_not_judged():
    assert outside_changes([el("X=1", None)], [el("X=2", None, "r2")]) == (False, [])
