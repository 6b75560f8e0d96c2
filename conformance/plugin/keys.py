"""What the plugin's modules share: paths, and the stash keys a check's objects travel under."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conformance import registry
from conformance.check import Check

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
SPEC_DIR = ROOT / "conformance" / "spec"
DEFAULT_VIEWPORT = {"width": 1280, "height": 720}
PROPERTY = "kit"  # the user property a check's phase record travels in (to the controller, under xdist)
TARGET_ID = re.compile(r"(?:\[|-)st(\d[^\]\-]*)(?=-|\])")

check_key = pytest.StashKey[Check]()
server_key = pytest.StashKey[object]()
pages_key = pytest.StashKey[object]()
live_key = pytest.StashKey[object]()
na_key = pytest.StashKey[str]()  # why the check is n/a (its clause does not apply to the target's release)
defect_key = pytest.StashKey[registry.Variant]()  # the recorded defect the check is expected to fail on
