"""A chat assistant built like a real one, whose connection the harness cuts: the conversation in chat messages
with a chat input (a main-script widget: each message is a full run), model settings in a sidebar fragment (a
slider), a service status that ticks (a run_every fragment with a metric), and a feedback fragment (a Helpful
button and a caption). The page-wide invariants judge the rest.

Markers: FULL; SESSION (a token made once per session); MESSAGES (messages in the conversation, in Session
State); TEMPERATURE_SEEN (the slider as the settings fragment saw it); SETTINGS (its runs); HELPFUL (presses of
Helpful, in Session State); FEEDBACK (the feedback fragment's runs); TICK (the status fragment's runs); TAIL;
BARRIER.
"""

import pathlib
import sys
import uuid

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
ss = st.session_state
ss.setdefault("session", uuid.uuid4().hex[:8])
ss.setdefault("messages", [{"role": "assistant", "content": "How can I help?"}])


@fragment
def model_settings():
    temperature = st.slider("Temperature", 0.0, 1.0, 0.2, step=0.1, key="temperature")
    marker("TEMPERATURE_SEEN", temperature)
    marker("SETTINGS", bump("SETTINGS"))


@fragment(run_every=0.5)
def service_status():
    ticks = bump("TICK")
    st.metric("Requests in queue", ticks % 4)
    marker("TICK", ticks)


@fragment
def feedback():
    if st.button("Helpful"):
        bump("HELPFUL")
    st.caption(f"{ss.get('HELPFUL', 0)} people found this helpful")
    marker("HELPFUL", ss.get("HELPFUL", 0))
    marker("FEEDBACK", bump("FEEDBACK"))


with st.sidebar:
    st.header("Model")
    model_settings()
    service_status()

st.title("Assistant")
marker("SESSION", ss.session)
prompt = st.chat_input("Ask something")
if prompt:
    ss.messages += [{"role": "user", "content": prompt}, {"role": "assistant", "content": f"You said: {prompt}"}]
for message in ss.messages:
    with st.chat_message(message["role"]):
        st.write(message["content"])
marker("MESSAGES", len(ss.messages))
feedback()
marker("TAIL", bump("TAIL"))
barrier()
