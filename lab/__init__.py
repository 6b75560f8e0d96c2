"""The lab: measurement tools for the kit itself (speed, page-load cost, stability), not part of the harness.

Their results live in lab/results/; reports/ holds only the published report and the raw results.
"""
