"""A report builder built like a real app: in a tab, a section fragment (a chart, a slider of its own and a
Rebuild button) that holds, in an expander, a figure fragment (an image, a caption and a Redraw button); beside
the tabs a sidebar, metrics in columns and a table. The page-wide invariants judge everything the markers do
not name. Nesting fragments is supported from 1.37.0 (NEST-01); before that the app shows it without checks.

Markers: FULL; SECTION (section fragment runs); FIGURE (figure fragment runs); POINTS_SEEN (the section's
slider, as the section saw it); TAIL; BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker, picture

full_run()
with st.sidebar:
    st.selectbox("Template", ["quarterly", "monthly"], key="template")
st.header("Report builder")
pages, words = st.columns(2)
pages.metric("Pages", 12)
words.metric("Words", "3,400")


@fragment
def figure():
    marker("FIGURE", bump("FIGURE"))
    shade = ("olive", "navy")[st.session_state.FIGURE % 2]
    st.image(picture(shade, (36, 24)), caption="Figure 1")
    st.button("Redraw")


@fragment
def section():
    marker("SECTION", bump("SECTION"))
    points = st.slider("Points", 3, 9, 5, key="points")
    marker("POINTS_SEEN", points)
    st.area_chart({"value": list(range(points))})
    st.button("Rebuild")
    with st.expander("Figure", expanded=True):
        figure()


draft, sources = st.tabs(["Draft", "Sources"])
with draft:
    section()
with sources:
    st.table({"source": ["survey", "sales"], "rows": [120, 40]})
marker("TAIL", bump("TAIL"))
barrier()
