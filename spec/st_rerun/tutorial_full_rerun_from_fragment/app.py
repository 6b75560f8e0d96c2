"""Tutorial: trigger a full-script rerun from inside a fragment.

A small sales report. The main script shows a summary of the selected month; a fragment holds a date
picker and shows the sales of the picked day. Picking another day of the same month reruns only the
fragment; picking a day of another month stores the new month and calls `st.rerun()`, so the whole app
reruns and the monthly summary follows.

Markers: FULL; MONTH and MONTH_TOTAL (main script: the selected month and its total sales); FRAG (fragment
runs that reached the daily view); DAY and DAY_SALES (the picked day and its sales); BARRIER.
"""

import calendar
import datetime
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

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
        st.rerun()  # the monthly summary above depends on the month: rerun the whole app
    marker("FRAG", bump("FRAG"))
    marker("DAY", day.isoformat())
    marker("DAY_SALES", daily_sales(day))


daily_view()
barrier()
