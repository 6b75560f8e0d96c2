"""Which parameters the installed dialog decorator takes, and a dialog opened with each probe value.

Markers: FULL; DIALOG (present or absent); PARAMS (the decorator's parameters after `title`, sorted,
comma-separated); ACCEPT_<PROBE> (yes, or the class of the exception that decorating with it raised);
OPENED (the probe whose dialog the last full run opened); OPEN_ERROR (the class, if opening it raised);
PROBE (shown inside the open dialog); PROBE_RUNS (dialog body runs); DISMISSED (runs of the on_dismiss
callback of the ON_DISMISS_CALLBACK probe); BARRIER.
Every accepted probe has a button "Open <probe>" that opens a dialog titled "Probe <probe>".
"""

import inspect
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, dialog_decorator, full_run, marker

PROBES = {
    "SMALL": {"width": "small"},
    "MEDIUM": {"width": "medium"},
    "LARGE": {"width": "large"},
    "INT700": {"width": 700},
    "LEFT": {"position": "left"},
    "RIGHT": {"position": "right"},
    "ICON": {"icon": "🔥"},
    "UNDISMISSIBLE": {"dismissible": False},
    "ON_DISMISS_RERUN": {"on_dismiss": "rerun"},
    "ON_DISMISS_CALLBACK": {"on_dismiss": lambda: bump("DISMISSED")},
}


def probe_dialog(name, decorate):
    def body():
        marker("PROBE", name)
        marker("PROBE_RUNS", bump("PROBE_RUNS"))
        st.button("Probe body button")

    body.__name__ = body.__qualname__ = f"probe_{name.lower()}"  # one fragment id per probe
    return decorate(body)


full_run()
marker("DISMISSED", st.session_state.get("DISMISSED", 0))
dialog = dialog_decorator()
if dialog is None:
    marker("DIALOG", "absent")
else:
    marker("DIALOG", "present")
    params = [p for p in inspect.signature(dialog).parameters if p != "title"]
    marker("PARAMS", ",".join(sorted(params)))
    opened = None
    for name, kwargs in PROBES.items():
        try:
            decorated = probe_dialog(name, dialog(f"Probe {name}", **kwargs))
        except Exception as exc:  # the clause is about which parameters are accepted
            marker(f"ACCEPT_{name}", type(exc).__name__)
            continue
        marker(f"ACCEPT_{name}", "yes")
        if st.button(f"Open {name}"):
            opened = (name, decorated)
    if opened is not None:
        marker("OPENED", opened[0])
        try:
            opened[1]()
        except Exception as exc:  # an accepted value may still be refused when the dialog opens
            marker("OPEN_ERROR", type(exc).__name__)
barrier()
