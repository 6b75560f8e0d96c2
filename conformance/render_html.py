"""The compatibility report as one self-contained HTML page (no outside assets).

The model is embedded as JSON and drawn by a small script using textContent only, so no observed value can
become markup. Filters by area and verdict; each cell opens its details (observations, message, docs link,
repro command); a chart shows the observed run_every intervals per version.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from conformance.records import Kind, Verdict

ASSETS = Path(__file__).with_name("assets")
# nothing from outside the page: its own inline style and script, and data: images
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def _asset(name: str) -> str:
    """The page's own CSS and script (conformance/assets), inlined so the page stays one self-contained file."""
    return (ASSETS / name).read_text(encoding="utf-8")


def _embed(model: dict) -> str:
    # Inside <script>, only "</" and "<!--" could end or confuse the element: escape every "<".
    return json.dumps(model).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _looks() -> dict:
    """Each cell state's text glyph, from the typed records (report.js draws cells with them)."""
    return {
        **{k.value: k.mark for k in Kind},
        **{v.value: v.mark for v in Verdict if v not in (Verdict.PASS, Verdict.KNOWN_BUG)},
        "internal": "—",
        "missing": "",
    }


def _cell_colours() -> str:
    kinds = "".join(f".k-{k.value}{{background:{k.colour}}}" for k in Kind)
    return kinds + f".k-n\\/a{{background:{Verdict.NA.colour}}}.k-unknown{{background:{Verdict.FAIL.colour}}}"


def render_html(model: dict) -> str:
    kinds = ["conforms", "changed", "defect", "n/a", "unknown", "internal"]
    statuses = kinds[:-1] + ["fail", "error", "unexpected-pass", "known-bug"]
    options = "".join(f'<option value="{html.escape(v)}">{html.escape(v)}</option>' for v in statuses)
    legend = "".join(f'<span class="k-{html.escape(v)}">{html.escape(v)}</span>' for v in kinds)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<title>Streamlit fragment conformance</title><style>{_asset("report.css")}{_cell_colours()}</style></head>
<body>
<h1>Streamlit fragment conformance</h1>
<p>Generated {html.escape(model["generated"])} from {len(model["versions"])} Streamlit versions.
Each cell is what the release did, judged against what Streamlit's docs promise: conforms, changed (an announced
change), defect (red, with its upstream link or found by the kit), n/a; black cells are unexpected verdicts (the
release did something the registry does not record). Click a cell for what was observed and how to reproduce it.</p>
<div id="unexpected"></div><h2>Releases</h2><div id="releases"></div><h2>Clauses</h2>
<div class="bar"><label>Area <select id="f-area"><option value="">all</option></select></label>
<label>Status <select id="f-status"><option value="">any</option>{options}</select></label>
<span class="legend">{legend}</span></div>
<table class="grid" id="grid"></table>
<div id="details"><p>Select a cell.</p></div>
<h2>Behaviour changelog</h2><ul id="changelog"></ul>
<h2>run_every intervals observed (ms, server side; red: median)</h2><div id="chart"></div>
<script type="application/json" id="model">{_embed({**model, "looks": _looks()})}</script>
<script>{_asset("report.js")}</script>
</body></html>
"""
