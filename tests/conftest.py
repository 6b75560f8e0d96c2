"""The kit's own tests: the longest one first, so that the other worker takes everything else meanwhile."""

LONGEST = "test_every_counterfeit_is_caught"  # its child run of every counterfeit takes most of the session


def pytest_collection_modifyitems(items):
    items.sort(key=lambda item: item.name != LONGEST)
