"""KEY-01, KEY-02: keyed fragments (1.63+) and st.rerun("<key>") from widget callbacks."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, session_value, shown

APP = "keyed_fragments"

COUNTERS = ("FULL", "TAIL", "PANEL_A", "PANEL_B", "SEVEN", "OTHER")


def _ran(at) -> dict:
    """The run counters in Session State: what ran, whatever the element tree still shows."""
    return {name: session_value(at, name) for name in COUNTERS}


def _note_lost_elements(case, before, after, at, targets: tuple[str, ...]) -> None:
    """Say what ran when the element tree no longer shows what the checks look for."""
    ran = _ran(at)
    gone = [n for n in ("FULL", "TAIL", "OTHER", "BARRIER") if before[n] is not None and after[n] is None]
    if not gone:
        return
    if all((ran[t] or 0) > before[t] for t in targets) and ran["FULL"] == before["FULL"]:
        case.note(
            f"AppTest did rerun only {', '.join(targets)} (Session State FULL={ran['FULL']}), but its element "
            f"tree then holds only the rerun fragments' elements: {', '.join(gone)} and every other element "
            "are gone."
        )
    elif all(ran[n] == before[n] for n in COUNTERS):
        case.note(
            "AppTest ran nothing (every run counter in Session State is as before) and its element tree is empty."
        )


@scenario("KEY-01")
def reserved_keys_raise(case):
    seen = shown(fixture_app(APP))
    case.observe(keys=seen["KEYS"], app=seen["RESERVED_APP"], fragment=seen["RESERVED_FRAGMENT"])
    case.check(seen["KEYS"] == "supported", "fragments take a key", f"KEYS={seen['KEYS']}")
    for key in ("APP", "FRAGMENT"):
        case.check(
            seen[f"RESERVED_{key}"] == "StreamlitAPIException" and seen[f"RESERVED_{key}_MSG"] == "yes",
            f"key={key.lower()!r} raises StreamlitAPIException saying it is reserved",
            f"{seen[f'RESERVED_{key}']}, message says reserved: {seen[f'RESERVED_{key}_MSG']}",
        )


@scenario("KEY-01")
def one_key_on_two_functions_raises(case):
    seen = shown(fixture_app(APP))
    case.observe(duplicate=seen["DUPLICATE"], names_key=seen["DUPLICATE_MSG"], impostor=seen["IMPOSTOR"])
    case.check(
        seen["DUPLICATE"] == "StreamlitDuplicateElementKey" and seen["DUPLICATE_MSG"] == "yes",
        "a second function with the key raises StreamlitDuplicateElementKey naming it",
        f"{seen['DUPLICATE']}, names the key: {seen['DUPLICATE_MSG']}",
    )
    case.check(seen["IMPOSTOR"] is None, "the second function's body did not run", f"IMPOSTOR={seen['IMPOSTOR']}")


@scenario("KEY-01")
def widget_in_one_call_site_reruns_only_that_call_site(case):
    at = fixture_app(APP)
    before = shown(at)
    after = shown(click(at, "Panel A button"))
    case.observe(before=before, after=after, ran=_ran(at))
    case.rose_by("PANEL_A", before, after, 1, "the clicked call site reran once")
    case.unchanged("PANEL_B", before, after, "the other call site did not rerun")
    case.unchanged("FULL", before, after, "the main script did not run")
    case.unchanged("OTHER", before, after, "other fragments did not run")


@scenario("KEY-01")
def int_key_is_named_by_its_str_form(case):
    at = fixture_app(APP)
    before = shown(at)
    after = shown(click(at, "Rerun seven from callback"))
    case.observe(before=before, after=after, ran=_ran(at))
    case.rose_by("SEVEN", before, after, 1, "st.rerun('7') reran the fragment keyed 7")
    case.unchanged("FULL", before, after, "the main script did not run")
    case.unchanged("PANEL_A", before, after, "other fragments did not run")
    _note_lost_elements(case, before, after, at, ("SEVEN",))


@scenario("KEY-02")
def rerun_key_from_callback_reruns_just_that_fragment(case):
    at = fixture_app(APP)
    before = shown(at)
    after = shown(click(at, "Rerun panel from callback"))
    case.observe(before=before, after=after, ran=_ran(at))
    case.rose_by("PANEL_A", before, after, 1, "the first call site of the named fragment reran")
    case.rose_by("PANEL_B", before, after, 1, "and its second call site")
    for name in ("FULL", "TAIL", "SEVEN", "OTHER"):
        case.unchanged(name, before, after, f"{name} stayed as it was: nothing else ran")
    _note_lost_elements(case, before, after, at, ("PANEL_A", "PANEL_B"))


def _rerun_key_outside_callback(case, where: str) -> None:
    name = "BODY_RERUN" if where == "body" else "FRAG_BODY_RERUN"
    at = fixture_app(APP)
    before = shown(at)
    after = shown(click(at, f"Rerun key from {where}"))
    case.observe(before=before, after=after, ran=_ran(at))
    case.check(
        after[name] == "StreamlitAPIException" and after[f"{name}_MSG"] == "yes",
        f"st.rerun('panel') in the {where} raised StreamlitAPIException, allowed only from a widget callback",
        f"{after[name]}, message says so: {after[f'{name}_MSG']}",
    )
    case.rose_by(
        "PANEL_A",
        before,
        after,
        1 if where == "body" else 0,
        "the named fragment was not rerun (it ran once in the clicked full run)"
        if where == "body"
        else "the named fragment was not rerun",
    )


@scenario("KEY-02")
def rerun_key_from_script_body_raises(case):
    _rerun_key_outside_callback(case, "body")


@scenario("KEY-02")
def rerun_key_from_fragment_body_raises(case):
    _rerun_key_outside_callback(case, "fragment body")


@scenario("KEY-02")
def rerun_unknown_key_raises(case):
    at = fixture_app(APP)
    after = shown(click(at, "Rerun unknown key from callback"))
    case.observe(after=after)
    case.check(
        after["UNKNOWN_RERUN"] == "StreamlitAPIException" and after["UNKNOWN_RERUN_MSG"] == "yes",
        "st.rerun('no-such-fragment') in a callback raised StreamlitAPIException saying no fragment was found",
        f"{after['UNKNOWN_RERUN']}, message says so: {after['UNKNOWN_RERUN_MSG']}",
    )
