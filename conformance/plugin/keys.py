"""What the plugin's modules share: paths, and the stash keys a check's objects travel under."""

from __future__ import annotations

import re

import pytest

from conformance import layout, registry
from conformance.check import Check

SPEC_DIR = layout.SPEC
DEFAULT_VIEWPORT = {"width": 1280, "height": 720}
PROPERTY = "kit"  # the user property a check's phase record travels in (to the controller, under xdist)
TARGET_ID = re.compile(r"(?:\[|-)st(\d[^\]\-]*)(?=-|\])")

check_key = pytest.StashKey[Check]()
server_key = pytest.StashKey[object]()
pages_key = pytest.StashKey[object]()
live_key = pytest.StashKey[object]()
na_key = pytest.StashKey[str]()  # why the check is n/a (its clause does not apply to the target's release)
defect_key = pytest.StashKey[registry.Variant]()  # the recorded defect the check is expected to fail on


def module_app(module) -> str | None:
    """The behaviour whose app a test module checks: the folder it sits in, or the module's APP (a name)."""
    return getattr(module, "APP", None) or layout.behaviour_of(module.__file__)
