"""Counterfeit of fixtures/dialog_parameters.py: width='medium' falls back to small (as before 1.49).

Catches: test_width_values_by_version
Applies: 1.49.0 and later
(Before that version the parameter or behaviour it breaks does not exist, and the check expects that.)
"""

import inspect
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, dialog_decorator, full_run, marker

PROBES = {
    "SMALL": {"width": "small"},
    "MEDIUM": {"width": "small"},  # the break
    "LARGE": {"width": "large"},
    "INT700": {"width": 700},
    "LEFT": {"position": "left"},
    "RIGHT": {"position": "right"},
    "ICON": {"icon": "🔥"},
    "UNDISMISSIBLE": {"dismissible": False},
    "ON_DISMISS_RERUN": {"on_dismiss": "rerun"},
}


def probe_dialog(name, decorate):
    def body():
        marker("PROBE", name)
        marker("PROBE_RUNS", bump("PROBE_RUNS"))
        st.button("Probe body button")

    body.__name__ = body.__qualname__ = f"probe_{name.lower()}"  # one fragment id per probe
    return decorate(body)


full_run()
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
