"""A report page built like a real one: an export panel whose "Export CSV" takes a while (a progress bar, and a
download button), a comments panel (chat messages, Like and Flag buttons), a chart panel with a
Shuffle button, a table, and a "Generate report" button whose full run takes a while (a status box and a progress
bar). Every slow part draws the same elements on every run and changes only their text, so that nothing the
checks click moves while a run goes on. The page-wide invariants judge the rest.

Markers: FULL; EXPORT (export panel runs); EXPORTED_STARTED / EXPORTED (slow exports begun / finished);
EXPORTED_END_AT (ms when the last export finished); COMMENTS (comments panel runs); COMMENTS_SAW (which of Like
and Flag its last run saw pressed: like, flag, like+flag or none); COMMENTS_AT (ms of its last run); CHART;
CHART_AT; GENERATED_STARTED / GENERATED (slow report runs begun / finished); GENERATED_END_AT; TAIL; BARRIER.
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import pandas as pd
import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

SLOW_STEPS = 25  # steps of 0.1 s: the window in which the checks click elsewhere
ss = st.session_state


def _now_ms() -> int:
    return int(time.time() * 1000)


def slow_work(name: str, requested: bool, bar) -> None:
    """NAME_STARTED, NAME and NAME_END_AT, drawn on every run; when `requested`, about 2.5 s of work first."""
    if requested:
        bump(f"{name}_STARTED")
    marker(f"{name}_STARTED", ss.get(f"{name}_STARTED", 0))
    done = st.empty()
    done.text(f"{name}={ss.get(name, 0)}")
    if requested:
        for step in range(SLOW_STEPS):
            time.sleep(0.1)
            bar.progress((step + 1) / SLOW_STEPS, text=f"{name.lower()} step {step}")
        ss[f"{name}_END_AT"] = _now_ms()
        done.text(f"{name}={bump(name)}")
    marker(f"{name}_END_AT", ss.get(f"{name}_END_AT", 0))


full_run()


@fragment
def export_panel():
    marker("EXPORT", bump("EXPORT"))
    exporting = st.button("Export CSV", key="export")
    bar = st.progress(0.0, text="idle")
    slow_work("EXPORTED", exporting, bar)
    st.download_button("Download export", data="quarter,revenue\nQ1,10\n", file_name="report.csv")


@fragment
def comments_panel():
    saw = "+".join(name for name in ("like", "flag") if ss.get(name)) or "none"
    runs = bump("COMMENTS")
    with st.chat_message("user"):
        st.write(f"Comment thread, {ss.setdefault('likes', 0)} likes")
    if ss.get("like"):
        ss.likes += 1
    st.button("Like", key="like")
    st.button("Flag", key="flag")
    marker("COMMENTS_SAW", saw)
    marker("COMMENTS_AT", _now_ms())
    marker("COMMENTS", runs)


@fragment
def chart_panel():
    runs = bump("CHART")
    st.area_chart(pd.DataFrame({"revenue": [(runs * 7 + step * 3) % 11 for step in range(6)]}))
    st.button("Shuffle chart")
    marker("CHART_AT", _now_ms())
    marker("CHART", runs)


st.title("Quarterly report")
left, right = st.columns(2)
with left:
    export_panel()
with right:
    comments_panel()
chart_panel()
st.dataframe(pd.DataFrame({"quarter": ["Q1", "Q2"], "revenue": [10, 12]}))
generating = st.button("Generate report", key="generate")
with st.status("Report", state="running" if generating else "complete"):
    report_bar = st.progress(0.0, text="idle")
slow_work("GENERATED", generating, report_bar)
marker("TAIL", bump("TAIL"))
barrier()
