"""API-02: the parameters of `st.fragment`, under AppTest."""

from conformance.apptest import scenario
from conformance.apptest.harness import click, fixture_app, shown


@scenario("API-02")
def st_fragment_parameters(case):
    at = fixture_app("fragment_signature")
    signature = shown(at)["SIGNATURE"]
    case.observe(signature=signature)
    case.check(signature == case.expect("signature"), "the parameters are " + case.expect("signature"), signature)


@scenario("API-02")
def st_fragment_makes_a_fragment(case):
    at = fixture_app("fragment_signature")
    before = shown(at)
    after = shown(click(at, "Plain button"))
    case.observe(before=before, after=after)
    case.rose_by("PLAIN", before, after, 1, "the st.fragment function reran when its button was clicked")
    case.unchanged("FULL", before, after, "only the fragment ran")
