"""Counterfeit of fixtures/tutorials/multiple_container_fragment.py: every roll writes all earlier rolls again.

Catches: test_rolls_replace_column_lines_in_place, test_status_line_shows_only_latest_roll
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root

import streamlit as st

from conformance.app_kit import barrier, bump, fragment, full_run, marker

full = full_run()
player_a, player_b = st.columns(2)
player_a.text(f"A_HEAD={full}")
player_b.text(f"B_HEAD={full}")
status = st.empty()


def die(turn: int, player: int) -> int:
    """A repeatable stand-in for a die throw."""
    return (turn * (3 + player) + player) % 6 + 1


@fragment
def dice_table():
    turn = bump("FRAG")
    marker("FRAG", turn)
    st.button("Roll")
    a, b = die(turn, 0), die(turn, 1)
    for old in range(1, turn + 1):  # the break: earlier rolls are written again
        player_a.text(f"A_TURN={old} A_DIE={die(old, 0)}")
        player_b.text(f"B_TURN={old} B_DIE={die(old, 1)}")
    with status.container():
        for old in range(1, turn + 1):
            st.text(f"STATUS_TURN={old} LEADER={'A' if a > b else 'B' if b > a else 'tie'}")


dice_table()
barrier()
