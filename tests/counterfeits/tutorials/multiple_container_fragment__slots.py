"""Counterfeit of fixtures/tutorials/multiple_container_fragment.py: each column's roll line is a placeholder, replaced on each roll.

Catches: test_rolls_accumulate_in_columns_until_full_run
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
slot_a, slot_b = player_a.empty(), player_b.empty()  # the break
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
    slot_a.text(f"A_TURN={turn} A_DIE={a}")
    slot_b.text(f"B_TURN={turn} B_DIE={b}")
    status.text(f"STATUS_TURN={turn} LEADER={'A' if a > b else 'B' if b > a else 'tie'}")


dice_table()
barrier()
