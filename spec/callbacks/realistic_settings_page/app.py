"""A settings page built like a real one: a preferences fragment in the sidebar, metrics and an image, tabs
holding a profile fragment (a text field whose callback tidies what was typed, a save button that stops the
panel's run when the name is empty) and two notification cards made by one fragment function called twice,
a table, and a main-script button that reloads the page. The page-wide invariants judge the rest.

Markers: FULL; THEME_SEEN (the sidebar fragment's radio, as it saw it); PREFS (its runs); PROFILE (the
profile fragment's runs); NAME (the display name the profile saw); TIDIED (the callback's runs); ORDER
(CALLBACK_FIRST when the callback ran before the panel's body in the run that showed it, else BODY_FIRST);
SAVES (saves, in Session State); PROFILE_END (the panel's last line, drawn only when its run got there);
EMAIL / PUSH (runs of each card); SAVES_SEEN (SAVES as the main script saw it); TAIL; BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker, picture

full_run()
ss = st.session_state
ss.setdefault("display_name", "Ada")


def _tidy_name():
    ss.display_name = " ".join(ss.display_name.split()).title()
    ss.tidied_before_body = True
    bump("TIDIED")


@fragment
def preferences():
    theme = st.radio("Theme", ["Light theme", "Dark theme"], key="theme")
    marker("THEME_SEEN", theme.split()[0].lower())
    marker("PREFS", bump("PREFS"))


@fragment
def profile():
    marker("PROFILE", bump("PROFILE"))
    marker("ORDER", "CALLBACK_FIRST" if ss.pop("tidied_before_body", False) else "BODY_FIRST")
    st.text_input("Display name", key="display_name", on_change=_tidy_name)
    marker("NAME", ss.display_name.replace(" ", "_") or "none")
    marker("TIDIED", ss.get("TIDIED", 0))
    if st.button("Save profile"):
        if not ss.display_name:
            st.warning("A display name is required")
            st.stop()
        bump("SAVES")
        st.success("Saved")
    marker("SAVES", ss.get("SAVES", 0))
    marker("PROFILE_END", "drawn")


@fragment
def notification_card(channel: str):
    runs = bump(channel)
    with st.container(border=True):
        st.toggle(f"{channel.title()} alerts", key=f"alerts_{channel}")
        marker(channel, runs)


with st.sidebar:
    st.header("Preferences")
    preferences()
st.title("Account settings")
plan, seats = st.columns(2)
plan.metric("Plan", "Team")
seats.metric("Seats", "8", "+2")
st.image(picture("slateblue", (48, 24)), caption="Avatar")
profile_tab, alerts_tab = st.tabs(["Profile", "Notifications"])
with profile_tab:
    profile()
with alerts_tab:
    notification_card("EMAIL")
    notification_card("PUSH")
st.dataframe({"device": ["laptop", "phone"], "last seen": ["today", "yesterday"]})
marker("SAVES_SEEN", ss.get("SAVES", 0))
st.button("Reload page")
marker("TAIL", bump("TAIL"))
barrier()
