"""Driving an app with AppTest and reading what its element tree shows, the same way on Streamlit 1.33-1.67.

AppTest keeps the elements of the last run only, in three roots: main, sidebar and `event` (where dialogs
go). Markers are the fixture apps' `st.text("NAME=value")` lines.
"""

from __future__ import annotations

import re
import time

from streamlit.testing.v1 import AppTest

from conformance import layout

RUN_TIMEOUT_S = 30

_MARKER = re.compile(r"^([A-Z][A-Z0-9_]*)=(.*)$", re.S)
_ROOTS = ("main", "sidebar", "event")


def fixture_app(name: str) -> AppTest:
    """The fixture app of behaviour `name` (spec/<area>/<name>/app.py) after its first run."""
    return AppTest.from_file(str(layout.app_path(name)), default_timeout=RUN_TIMEOUT_S).run()


def _value(text: str):
    return int(text) if text.isdigit() else text


class Shown:
    """The markers an AppTest tree shows, in tree order (main, sidebar, dialogs)."""

    def __init__(self, pairs: list[tuple[str, str]]):
        self.pairs = pairs

    def __getitem__(self, name: str):
        """The first value of marker `name` (an int where it is one), or None when it is not shown."""
        return next((_value(v) for n, v in self.pairs if n == name), None)

    def all(self, name: str) -> list[str]:
        return [v for n, v in self.pairs if n == name]

    def names(self) -> list[str]:
        return [n for n, _ in self.pairs]

    def as_dict(self) -> dict:
        out: dict = {}
        for name, value in self.pairs:
            out.setdefault(name, []).append(value)
        return {n: (_value(v[0]) if len(v) == 1 else v) for n, v in out.items()}


def elements(at: AppTest, roots=_ROOTS):
    """Every element of the last run in tree order, as (node, Place)."""

    def walk(block, place):
        for index in sorted(block.children):
            child = block.children[index]
            if _is_block(child):
                yield from walk(child, place.inside(child, index))
            else:
                yield child, place

    tree = at._tree  # the only handle on the three roots that every AppTest release has
    for index, root in sorted(tree.children.items()):
        if getattr(root, "type", None) in roots:
            yield from walk(root, Place((root.type,), (index,)))


class Place:
    """Where an element sits: the types of its enclosing blocks and, to tell sibling blocks apart, their
    indexes."""

    def __init__(self, types: tuple, indexes: tuple):
        self.types, self.indexes = types, indexes

    def inside(self, block, index) -> "Place":
        return Place(self.types + (str(getattr(block, "type", "?")),), self.indexes + (index,))


def _is_block(node) -> bool:
    return isinstance(getattr(node, "children", None), dict)


def _marker(node):
    if getattr(node, "type", None) != "text":
        return None
    found = _MARKER.match(str(node.value).strip())
    return (found[1], found[2]) if found else None


def shown(at: AppTest, roots=_ROOTS) -> Shown:
    return Shown([m for node, _ in elements(at, roots) if (m := _marker(node))])


def sidebar(at: AppTest) -> Shown:
    return shown(at, roots=("sidebar",))


def sequence(at: AppTest, names: set[str], roots=_ROOTS) -> list[str]:
    """`NAME=value` for the markers with these names, in tree order."""
    return [f"{n}={v}" for n, v in shown(at, roots).pairs if n in names]


def _in_context(at: AppTest, wanted) -> list[dict]:
    """The elements `wanted(node)` picks, each with the marker drawn just before it, the markers of its
    innermost enclosing block, and the types of its enclosing blocks."""
    picked, last, markers_of = [], None, {}
    for node, place in elements(at):
        marker = _marker(node)
        if marker:
            last = marker[0]
            markers_of.setdefault(place.indexes, []).append(marker[0])
        if wanted(node):
            picked.append(({"node": node, "after": last, "blocks": list(place.types)}, place.indexes))
    for entry, indexes in picked:
        entry["block_markers"] = markers_of.get(indexes, [])
    return [entry for entry, _ in picked]


def exceptions(at: AppTest) -> list[dict]:
    """Every exception element: class (without its module), message, `after` (the marker drawn just before
    it), `in_dialog`, `block_markers` (the markers of its innermost enclosing block)."""
    found = []
    for entry in _in_context(at, lambda node: getattr(node, "type", None) == "exception"):
        proto = entry.pop("node").proto
        found.append(
            {
                "error": str(proto.type).rsplit(".", 1)[-1],
                "message": str(proto.message),
                "in_dialog": "dialog" in entry["blocks"],
                **entry,
            }
        )
    return found


def warnings(at: AppTest, containing: str = "") -> list[dict]:
    """Every st.warning element whose text contains `containing`, placed as in `exceptions`."""

    def is_warning(node):
        return type(node).__name__ == "Warning" and containing in str(getattr(node, "value", ""))

    found = []
    for entry in _in_context(at, is_warning):
        found.append({"text": str(entry.pop("node").value)[:200], **entry})
    return found


def element_types(at: AppTest, roots=_ROOTS) -> list[str]:
    """The type of every element of the last run (`text`, `button`, `balloons`, ...), in tree order."""
    return [str(getattr(node, "type", type(node).__name__)) for node, _ in elements(at, roots)]


def click(at: AppTest, label: str) -> AppTest:
    """Click the button (form submit buttons included) labelled `label` and run the script."""
    for button in at.button:
        if button.label == label:
            return button.click().run()
    labels = sorted({b.label for b in at.button})
    raise LookupError(f"no button {label!r} in the AppTest tree (buttons: {labels})")


def button_labels(at: AppTest) -> list[str]:
    return [b.label for b in at.button]


def session_value(at: AppTest, key: str, default=None):
    """A Session State value, as the app left it after the last run."""
    try:
        return at.session_state[key]
    except KeyError:
        return default


def in_dialogs(at: AppTest) -> Shown:
    """The markers of the open dialogs (AppTest draws no modal: a dialog's elements sit in its `event` root)."""
    return shown(at, roots=("event",))


def open_and_click(app: str, button: str) -> tuple[AppTest, Shown, Shown]:
    """The app after its first run, what that run showed, and what the app showed after `button` was clicked."""
    at = fixture_app(app)
    before = shown(at)
    return at, before, shown(click(at, button))


def after_fragment_reruns(app: str, count: int) -> tuple[AppTest, Shown, Shown]:
    """The app, what its first run showed, and what it showed after `count` clicks on its "Fragment button"."""
    at = fixture_app(app)
    before = shown(at)
    for _ in range(count):
        click(at, "Fragment button")
    return at, before, shown(at)


def let_time_pass(seconds: float) -> float:
    """Let `seconds` pass (a browser would tick timers meanwhile) and return how long it was."""
    start = time.monotonic()
    time.sleep(seconds)  # sleep: AppTest has no timers; the scenario shows that nothing reruns by itself
    return round(time.monotonic() - start, 2)
