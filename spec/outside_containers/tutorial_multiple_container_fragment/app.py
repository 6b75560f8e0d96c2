"""Tutorial: one fragment writing to several containers created outside it.

A two-player dice game. The main script lays out one column per player and a status line (`st.empty`).
The fragment owns the "Roll" button: each roll writes the players' dice into their columns and the
leader into the status line, without rerunning the app.

Markers: FULL; A_HEAD, B_HEAD (main script, top of each column, value = full run); A_TURN, B_TURN (the
fragment's line in each column, value = fragment run); A_DIE, B_DIE (the dice); STATUS_TURN and LEADER (the
status line, one element); FRAG (fragment runs); BARRIER.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))  # the kit root, for conformance.app_kit

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
    player_a.text(f"A_TURN={turn} A_DIE={a}")
    player_b.text(f"B_TURN={turn} B_DIE={b}")
    status.text(f"STATUS_TURN={turn} LEADER={'A' if a > b else 'B' if b > a else 'tie'}")


dice_table()
barrier()
