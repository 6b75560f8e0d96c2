"""Counterfeit of fixtures/tutorials/full_rerun_from_fragment.py: a new month is stored but the app is not rerun.

Catches: test_day_in_other_month_reruns_the_whole_app
"""

import calendar
import datetime
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full_run()

FIRST_DAY = datetime.date(2024, 1, 1)
LAST_DAY = datetime.date(2024, 12, 31)


def daily_sales(day: datetime.date) -> int:
    """Made-up but repeatable sales figure for one day."""
    return 80 + 10 * day.month + (day.day * 7) % 30


def month_days(year: int, month: int) -> list[datetime.date]:
    return [datetime.date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]


if "month" not in st.session_state:
    st.session_state.month = (FIRST_DAY.year, FIRST_DAY.month)

year, month = st.session_state.month
st.subheader("Monthly summary")
marker("MONTH", f"{year}-{month:02d}")
marker("MONTH_TOTAL", sum(daily_sales(day) for day in month_days(year, month)))


@fragment
def daily_view():
    st.subheader("Daily sales")
    day = st.date_input("Day", value=FIRST_DAY, min_value=FIRST_DAY, max_value=LAST_DAY, key="day")
    if (day.year, day.month) != st.session_state.month:
        st.session_state.month = (day.year, day.month)
    marker("FRAG", bump("FRAG"))
    marker("DAY", day.isoformat())
    marker("DAY_SALES", daily_sales(day))


daily_view()
barrier()
