"""An expense report page built like a real one: a sidebar toggle that widens the categories (a full run), metrics
and a bar chart of the totals, a form in a fragment made by calling the decorator on a function (description,
amount, category; "Add expense" and "Add and update totals", which calls st.rerun()), whose call passes the
categories and returns the number of entries, an approval panel in a second column made with the decorator
called with no arguments (a radio and a progress bar), a table of the entries and a button that refreshes the
totals. The page-wide invariants judge the rest.

Markers: FULL; CATEGORIES_SEEN (the categories the form's run was called with); FORM_RUNS; DRAFT (the
description the form's run saw submitted, "empty" before any); ADDED (entries added); LAST_ADDED
(description:amount:category of the last one); RERUN_REQUESTED; RETURNED (what the form's call returned, as the
main script saw it); RETURN_USED (main-script runs of the code that used it); TOTAL_SHOWN (the total drawn by the
main script); WRAPPED_NAMES (__name__ of both fragments); APPROVAL (the approval panel's runs); STATUS_SEEN;
TAIL; BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

import pandas as pd
import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()
ss = st.session_state
ss.setdefault("expenses", [])


def expense_form(categories: list[str]) -> int:
    marker("FORM_RUNS", bump("FORM_RUNS"))
    marker("CATEGORIES_SEEN", "+".join(categories))
    with st.form("new_expense"):
        description = st.text_input("Description")
        amount = st.number_input("Amount", min_value=0.0, step=1.0)
        category = st.radio("Category", categories, horizontal=True)
        add = st.form_submit_button("Add expense")
        add_and_update = st.form_submit_button("Add and update totals")
    marker("DRAFT", description.replace(" ", "_") or "empty")
    if add or add_and_update:
        ss.expenses.append({"description": description, "amount": amount, "category": category})
        marker("LAST_ADDED", f"{description}:{amount}:{category}".replace(" ", "_"))
        st.toast(f"Added {description}")
        if add_and_update:
            bump("RERUN_REQUESTED")
            st.rerun()
    marker("ADDED", len(ss.expenses))
    marker("RERUN_REQUESTED", ss.get("RERUN_REQUESTED", 0))
    return len(ss.expenses)


add_expense = fragment(expense_form)


@fragment()
def approval_panel():
    status = st.radio("Report status", ["Draft", "Ready for review"], key="status")
    st.progress(50 if status == "Draft" else 100, text="Completeness")
    marker("STATUS_SEEN", status.replace(" ", "_"))
    marker("APPROVAL", bump("APPROVAL"))


with st.sidebar:
    st.header("Report")
    travel = st.toggle("Include travel", key="travel")
    st.caption("Travel adds a category to the form.")

categories = ["Meals", "Office"] + (["Travel"] if travel else [])
totals = {name: sum(e["amount"] for e in ss.expenses if e["category"] == name) for name in categories}

st.title("Expense report")
total_col, count_col = st.columns(2)
total_col.metric("Total", f"{sum(totals.values()):.2f}")
count_col.metric("Entries", len(ss.expenses))
marker("TOTAL_SHOWN", f"{sum(totals.values()):.1f}")
st.bar_chart(pd.DataFrame({"total": list(totals.values())}, index=[name.lower() for name in totals]))

form_col, approval_col = st.columns([2, 1])
with form_col:
    entries = add_expense(categories)
marker("RETURNED", entries)
marker("RETURN_USED", bump("RETURN_USED"))
with approval_col:
    approval_panel()
marker("WRAPPED_NAMES", f"{add_expense.__name__}+{approval_panel.__name__}")

st.dataframe(pd.DataFrame(ss.expenses, columns=["description", "amount", "category"]))
st.button("Refresh totals")
marker("TAIL", bump("TAIL"))
barrier()
