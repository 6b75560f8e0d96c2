"""Streamlit fragment conformance kit."""
