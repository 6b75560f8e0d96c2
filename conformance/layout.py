"""Where the spec keeps each behaviour: `spec/<area folder>/<behaviour>/`, holding its fixture app (`app.py`, and
`pages/` for a multipage app), its browser checks (`test_<behaviour>.py`), its AppTest scenarios (`apptest.py`)
and its counterfeits (`counterfeits.toml`). Area folders are named in the registry's area table; a behaviour's
name (its folder's) is unique across the spec and names its app everywhere (results, counterfeits, AppTest).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# in a checkout (KIT_SPEC names another spec folder, such as a kit test's made-up one); an installed harness has none
SPEC = Path(os.environ.get("KIT_SPEC") or ROOT / "spec")
APP = "app.py"
SCENARIOS = "apptest.py"
COUNTERFEITS = "counterfeits.toml"


class LayoutError(LookupError):
    pass


@lru_cache(maxsize=None)
def behaviours(spec: Path = SPEC) -> dict[str, Path]:
    """Behaviour name -> its folder, for every folder of the spec that holds an app."""
    found: dict[str, Path] = {}
    for app in sorted(spec.glob(f"*/*/{APP}")):
        name = app.parent.name
        if name in found:
            raise LayoutError(f"two behaviours named {name!r}: {found[name]} and {app.parent}")
        found[name] = app.parent
    return found


def folder(name: str, spec: Path = SPEC) -> Path:
    try:
        return behaviours(spec)[name]
    except KeyError:
        raise LayoutError(f"no behaviour {name!r} in {spec} (a folder spec/<area>/{name}/ with its {APP})") from None


def app_path(name: str, spec: Path = SPEC) -> Path:
    """The fixture app of behaviour `name`."""
    return folder(name, spec) / APP


def behaviour_of(module_file: str | Path) -> str | None:
    """The behaviour a module beside a fixture app belongs to (its folder's name), else None."""
    here = Path(module_file).resolve().parent
    return here.name if (here / APP).is_file() else None
