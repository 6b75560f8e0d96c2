"""A support desk built like a real app: a sidebar, metrics in columns, an image, a table of tickets in a tab
beside a chart, an expander, and two fragments side by side in columns: a new-ticket form (subject, priority,
Submit) that saves the ticket and calls st.rerun() so that the metrics and the table show it, and a queue panel
(the last tickets as chat messages, a progress bar) whose "Refresh queue" button reruns it with
st.rerun(scope="fragment"). The page-wide invariants judge everything the markers do not name.

Markers: FULL; TEAM_SEEN (the sidebar's team, as the main script saw it); TICKETS (tickets saved, as the main
script saw them); LAST_SEEN (the last saved subject, as the
main script saw it); FORM_RUNS (form fragment runs); QUEUE_RUNS (queue panel runs); QUEUE_END (queue panel runs
that got past its scoped rerun); TAIL; BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker, picture

full_run()
ss = st.session_state
ss.setdefault("tickets", [])
with st.sidebar:
    st.radio("Team", ["support", "billing"], key="team")
    st.caption("New tickets go to the team's queue")
st.title("Support desk")
opened, mine, waiting = st.columns(3)
opened.metric("Open", len(ss.tickets))
mine.metric("Mine", 2)
waiting.metric("Waiting", 1, "-1")
st.image(picture("teal", (40, 20)), caption="Desk")
table, trend = st.tabs(["Tickets", "Trend"])
with table:
    st.dataframe(
        {
            "subject": [t["subject"] for t in ss.tickets] or ["none"],
            "priority": [t["priority"] for t in ss.tickets] or ["-"],
        }
    )
with trend:
    st.area_chart({"tickets": [1, 2, 2, 3, len(ss.tickets) + 3]})
marker("TEAM_SEEN", ss.team)
marker("TICKETS", len(ss.tickets))
marker("LAST_SEEN", ss.tickets[-1]["subject"] if ss.tickets else "none")


@fragment
def new_ticket():
    marker("FORM_RUNS", bump("FORM_RUNS"))
    with st.form("ticket"):
        subject = st.text_input("Subject", key="subject")
        priority = st.selectbox("Priority", ["low", "high"])
        sent = st.form_submit_button("Submit ticket")
    if sent:
        ss.tickets.append({"subject": subject or "untitled", "priority": priority})
        st.rerun()


@fragment
def queue_panel():
    marker("QUEUE_RUNS", bump("QUEUE_RUNS"))
    for ticket in ss.tickets[-3:]:
        with st.chat_message("user"):
            st.write(ticket["subject"])
    if st.button("Refresh queue") and not ss.get("refreshing"):
        ss.refreshing = True
        st.rerun(scope="fragment")
    ss.refreshing = False
    marker("QUEUE_END", bump("QUEUE_END"))
    st.progress(min(len(ss.tickets) * 20, 100), text="Queue load")


left, right = st.columns(2)
with left:
    new_ticket()
with right:
    queue_panel()
with st.expander("Help"):
    st.write("Tickets are answered within a day.")
marker("TAIL", bump("TAIL"))
barrier()
