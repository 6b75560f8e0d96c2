"""The page's JavaScript, kept in conformance/js/: each file is a function `(kit, arg) => ...`, where `kit` is
the browser half of the adapter (js/adapter.js, given the selectors of conformance/adapter.py)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from conformance import adapter

JS = Path(__file__).with_name("js")


@lru_cache(maxsize=None)
def _source(name: str) -> str:
    return (JS / f"{name}.js").read_text(encoding="utf-8").strip()


@lru_cache(maxsize=None)
def _kit() -> str:
    return f"(\n{_source('adapter')}\n)({json.dumps(adapter.SELECTORS)})"


@lru_cache(maxsize=None)
def function(name: str) -> str:
    """js/<name>.js as a page function of one argument (for page.evaluate and page.wait_for_function)."""
    return f"(arg) => (\n{_source(name)}\n)({_kit()}, arg)"


def init_script(name: str, arg=None) -> str:
    """js/<name>.js called with `arg` in every document the page loads from now on (page.add_init_script)."""
    return f"(\n{_source(name)}\n)({_kit()}, {json.dumps(arg)});"
