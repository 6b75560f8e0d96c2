"""The clause registry: it loads, and malformed entries are refused with a message naming the clause."""

import pytest

from conformance import registry

GOOD = """
[[clause]]
id = "X-01"
area = "X"
statement = "s"
since = "1.33.0"
docs = "https://example.invalid/x"
"""


def test_registry_loads_with_unique_ids_and_links():
    clauses = registry.load()
    assert clauses, "the registry is not empty"
    for clause in clauses.values():
        assert clause.docs.startswith("https://"), clause.id


def test_version_ranges_count_dev_builds_as_their_release():
    span = registry.Span("1.37.0", "1.49.0")
    assert span.contains("1.37.0") and span.contains("1.48.1") and span.contains("1.37.0rc1")
    assert not span.contains("1.49.0") and not span.contains("1.49.0.dev20250101") and not span.contains("1.36.0")


def test_every_variant_has_a_kind_and_a_source_or_evidence():
    for clause in registry.load().values():
        for variant in clause.variants:
            assert variant.source or variant.evidence, f"{clause.id} {variant.name}"
            if variant.kind is not registry.Kind.CONFORMS:
                assert variant.source or variant.found_by_kit, f"{clause.id} {variant.name}"


def test_variants_pick_the_one_for_the_version():
    api01 = registry.load()["API-01"]
    assert api01.variant_at("1.37.1").name == "fragment"
    assert api01.variant_at("1.48.1").name == "misplaced-rerun"
    assert api01.variant_at("1.49.0").name == "absent"


@pytest.mark.parametrize(
    "bad, message",
    [
        (GOOD.replace('since = "1.33.0"\n', ""), "missing 'since'"),
        (GOOD + GOOD, "duplicate id"),
        (GOOD.replace('id = "X-01"', 'id = "Y-01"'), "does not start with its area"),
        (GOOD + 'flags = ["shiny"]\n', "unknown flags"),
        (GOOD + 'until = "1.30.0"\n', "is not after"),
        (
            GOOD
            + '[[clause.variant]]\nname = "a"\nsince = "1.33.0"\nuntil = "1.40.0"\nkind = "conforms"\nevidence = "e"\n'
            '[[clause.variant]]\nname = "b"\nsince = "1.41.0"\nkind = "conforms"\nevidence = "e"\n',
            "gap or overlap",
        ),
        (
            GOOD
            + '[[clause.variant]]\nname = "a"\nsince = "1.34.0"\nkind = "conforms"\nsource = "https://x.invalid"\n',
            "cover exactly",
        ),
        (GOOD + '[[clause.variant]]\nname = "a"\nsince = "1.33.0"\nsource = "https://x.invalid"\n', "'kind' must be"),
        (
            GOOD
            + '[[clause.variant]]\nname = "a"\nsince = "1.33.0"\nuntil = "1.40.0"\nkind = "conforms"\nevidence = "e"\n'
            '[[clause.variant]]\nname = "a"\nsince = "1.40.0"\nkind = "defect"\nevidence = "e"\n',
            "different behaviours",
        ),
        (GOOD + '[[clause.variant]]\nname = "a"\nsince = "1.33.0"\nkind = "defect"\n', "needs its 'source'"),
        (
            GOOD + '[[clause.variant]]\nname = "a"\nsince = "1.33.0"\nkind = "changed"\nevidence = "seen"\n',
            "announces the change",
        ),
        (
            GOOD
            + '[[clause.variant]]\nname = "a"\nsince = "1.33.0"\nkind = "conforms"\nevidence = "e"\nfails = true\n',
            "only a defect",
        ),
        (
            GOOD + '[[clause.variant]]\nname = "a"\nsince = "1.33.0"\nkind = "defect"\nevidence = "e"\n'
            "intermittent = true\n",
            "needs 'fails'",
        ),
        (
            GOOD + '[[clause.variant]]\nname = "a"\nsince = "1.33.0"\nkind = "defect"\nsource = "github.com/x"\n',
            "must be a link",
        ),
        (GOOD + 'allows = ["X-01"]\n', "names no invariant clause"),
        ('[[area]]\nid = "Y"\nfolder = "y"\ntitle = "Y"\n' + GOOD, "not in the area table"),
    ],
)
def test_malformed_registry_is_refused(bad, message):
    with pytest.raises(registry.RegistryError, match=message):
        registry.parse(bad)


def test_every_invariant_clause_has_its_judge_and_no_judge_lacks_its_clause():
    from conformance.page_watch import INVARIANTS

    assert {cid for cid, c in registry.load().items() if c.invariant} == set(INVARIANTS)
