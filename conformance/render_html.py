"""The compatibility report as one self-contained HTML page (no outside assets).

The model is embedded as JSON and drawn by a small script using textContent only, so no observed value can
become markup. Filters by area and verdict; each cell opens its details (observations, message, docs link,
repro command); a chart shows the observed run_every intervals per version.
"""

from __future__ import annotations

import html
import json

_CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#1b1b1f}
h1{font-size:1.4rem;margin:0 0 .3rem} h2{font-size:1.1rem;margin:1.4rem 0 .4rem}
.bar{display:flex;gap:1rem;flex-wrap:wrap;align-items:center;margin:.6rem 0}
table.grid{border-collapse:collapse;font-size:12px}
.grid th,.grid td{border:1px solid #d0d0d7;padding:2px 4px;text-align:center;white-space:nowrap}
.grid th.clause{text-align:left;position:sticky;left:0;background:#fff}
.grid tr.area th{background:#eef0f6;text-align:left}
.grid thead th{position:sticky;top:0;background:#fafafc}
td.cell{cursor:pointer;min-width:1.6em;font-size:11px} td.cell:focus{outline:2px solid #333}
.k-conforms{background:#cdeccf}.k-changed{background:#cfe0fb}.k-defect{background:#e0452b;color:#fff;font-weight:600}
.k-n\\/a{background:#f2f2f4;color:#999}.k-unknown{background:#1b1b1f;color:#ffd98a;font-weight:700}
.k-missing{background:#fff}.k-internal{background:#f7f7f7;color:#777}
table.summary td,table.summary th{border:1px solid #d0d0d7;padding:2px 6px;font-size:12px}
.unexpected{color:#b3261e;font-weight:600}
#details{border:1px solid #ccd;padding:.8rem;margin-top:1rem;max-width:60rem;background:#fcfcfe}
#details pre{background:#f4f4f8;padding:.5rem;overflow:auto;max-height:22rem}
.legend span{padding:1px 6px;margin-right:4px;border:1px solid #ccc}
.hidden{display:none} td.apptest{text-align:left;font-size:11px} .at-differs{background:#fde7c8} .at-agrees{background:#e7f3e8} svg text{font-size:10px}
"""

_JS = r"""
const model = JSON.parse(document.getElementById('model').textContent);
const $ = (tag, props = {}, ...kids) => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') el.textContent = v; else if (k === 'cls') el.className = v; else el.setAttribute(k, v);
  }
  for (const kid of kids) el.append(kid);
  return el;
};
const safeUrl = (u) => /^https:\/\//.test(u || '') ? u : '#';
const short = (v) => v.replace(/\.0$/, '');
const byId = Object.fromEntries(model.clauses.map(c => [c.id, c]));

function drawGrid() {
  const area = document.getElementById('f-area').value, status = document.getElementById('f-status').value;
  const table = $('table', {cls: 'grid', id: 'grid'});
  const head = $('tr', {}, $('th', {cls: 'clause', text: 'clause'}));
  for (const v of model.versions) head.append($('th', {text: short(v), title: v}));
  head.append($('th', {text: 'AppTest', title: 'does streamlit.testing.v1.AppTest show what the browser shows?'}));
  table.append($('thead', {}, head));
  const body = $('tbody');
  for (const a of model.areas) {
    if (area && a !== area) continue;
    const rows = model.clauses.filter(c => c.area === a).filter(c =>
      !status || model.versions.some(v => [(model.cells[c.id][v] || {}).verdict, (model.cells[c.id][v] || {}).kind].includes(status)));
    if (!rows.length) continue;
    body.append($('tr', {cls: 'area'}, $('th', {colspan: model.versions.length + 2, text: a})));
    for (const c of rows) {
      const tr = $('tr', {'data-clause': c.id}, $('th', {cls: 'clause', title: c.statement, text: c.id}));
      for (const v of model.versions) {
        const cell = model.cells[c.id][v] || {verdict: 'missing', kind: 'missing'};
        const kind = cell.verdict === 'internal' || cell.verdict === 'missing' ? cell.verdict : cell.kind;
        const td = $('td', {cls: 'cell k-' + kind, tabindex: '0',
                            title: c.id + ' on ' + v + ': ' + kind + (cell.variant ? ' (' + cell.variant + ')' : '') + ', verdict ' + cell.verdict,
                            'data-version': v, 'data-verdict': cell.verdict, 'data-kind': kind,
                            text: symbol(kind, cell.verdict) + (c.variants.length && cell.variant ? ' ' + cell.variant : '')});
        td.addEventListener('click', () => showDetails(c.id, v));
        td.addEventListener('keydown', (e) => { if (e.key === 'Enter') showDetails(c.id, v); });
        tr.append(td);
      }
      const runs = c.apptest || [];
      tr.append($('td', {cls: 'apptest ' + (runs.some(r => r.verdict === 'differs') ? 'at-differs' : runs.length ? 'at-agrees' : ''),
                         'data-apptest': runs.map(r => r.verdict).join(','), text: describeAppTest(runs)}));
      body.append(tr);
    }
  }
  table.append(body);
  document.getElementById('grid').replaceWith(table);
}

function describeAppTest(runs) {
  if (runs.length <= 1) return runs.length ? runs[0].verdict : '';
  return runs.map(r => r.verdict + ' ' + short2(r.first) + (r.last !== r.first ? '-' + short2(r.last) : '')).join(', ');
}
const short2 = (v) => v.split('.').slice(0, 2).join('.');

function symbol(kind, verdict) {
  if (kind === 'unknown') return {fail: '✗ fail', error: '! error', 'unexpected-pass': '?! unexpected pass'}[verdict] ?? '? ' + verdict;
  return {conforms: '✓', changed: '↻', defect: '🐞', 'n/a': '·', internal: '—', missing: ''}[kind] ?? '?';
}

function drawTop() {
  const bad = model.versions.flatMap(v => model.summary[v].unexpected.map(cid => [v, cid]));
  const box = document.getElementById('unexpected');
  box.append($('h2', {text: 'Unexpected verdicts'}));
  if (!bad.length) box.append($('p', {text: 'None: every release did what the registry records for it (recorded defects included).'}));
  for (const [v, cid] of bad) box.append($('p', {cls: 'unexpected', text: v + ' ' + cid + ': ' + model.cells[cid][v].verdict}));
  const table = $('table', {cls: 'summary'});
  table.append($('tr', {}, ...['release', 'conforms', 'changed', 'defect', 'n/a', 'unknown', 'defects'].map(h => $('th', {text: h}))));
  for (const v of model.versions) {
    const s = model.summary[v], defects = $('td');
    s.defects.forEach((d, i) => { if (i) defects.append(document.createTextNode(', '));
      defects.append(d.source ? $('a', {href: safeUrl(d.source), text: d.clause}) : $('span', {text: d.clause + ' (kit)'})); });
    table.append($('tr', {}, $('td', {text: v}), ...['conforms', 'changed', 'defect', 'n/a', 'unknown'].map(k =>
      $('td', {cls: s.counts[k] && ['defect', 'unknown'].includes(k) ? 'k-' + k : '', text: String(s.counts[k])})), defects));
  }
  document.getElementById('releases').append(table);
}

function showDetails(cid, version) {
  const c = byId[cid], cell = model.cells[cid][version] || {verdict: 'missing', checks: []};
  const box = $('div', {id: 'details'},
    $('h2', {text: cid + ' on Streamlit ' + version + ': ' + (cell.kind || cell.verdict) + (cell.variant ? ' (' + cell.variant + ')' : '') + ' · verdict ' + cell.verdict}),
    $('p', {text: 'Promise' + (c.undocumented ? ' (undocumented: the newest release\'s behaviour)' : '') + ': ' + c.statement}),
    $('p', {}, $('a', {href: safeUrl(c.docs), text: 'Streamlit docs'}), document.createTextNode(
      '  holds in ' + c.since + (c.until ? ' to before ' + c.until : ' and later') + (c.flags.length ? ' · flags: ' + c.flags.join(', ') : ''))));
  if (c.evidence) box.append($('p', {cls: 'evidence', text: 'evidence: ' + c.evidence}));
  if (cell.variant_expected || cell.variant_observed)
    box.append($('p', {text: 'behaviour expected: ' + (cell.variant_expected ?? '-') + ' · observed: ' + (cell.variant_observed ?? '-')}));
  const variant = c.variants.find(x => x.name === cell.variant);
  if (variant) {
    box.append($('p', {text: cell.variant + ' (' + variant.kind + '): ' + variant.statement}));
    if (variant.source) box.append($('p', {}, document.createTextNode('source: '), $('a', {href: safeUrl(variant.source), text: variant.source})));
    if (variant.evidence) box.append($('p', {cls: 'evidence', text: 'evidence: ' + variant.evidence}));
  }
  for (const check of cell.checks) {
    box.append($('h3', {text: check.id.split('::').pop() + ': ' + check.verdict}));
    if (check.message) box.append($('p', {cls: 'message', text: check.message}));
    box.append($('pre', {cls: 'observed', text: JSON.stringify(check.observed, null, 1)}));
    box.append($('p', {}, document.createTextNode('reproduce: '), $('code', {text: check.repro})));
  }
  if (cell.apptest) {
    box.append($('h3', {text: 'AppTest: ' + cell.apptest.verdict}));
    for (const sc of cell.apptest.scenarios)
      box.append($('p', {cls: 'apptest-scenario', text: sc.name + ': ' + sc.verdict + (sc.message ? ' (' + sc.message + ')' : '') +
                                                         (sc.note ? ' [' + sc.note + ']' : '')}));
  }
  const col = model.columns[version];
  if (col) box.append($('p', {cls: 'provenance', text: (col.build ? 'build ' + col.build + ' · ' : '') + 'ran ' + col.ran + ' · kit ' + col.kit_revision + ' · Python ' +
    col.python + ' · Playwright ' + col.playwright + ' · ' + col.browser + (col.complete ? '' : ' · INCOMPLETE RUN')}));
  document.getElementById('details').replaceWith(box);
}

function intervals(version) {
  const out = [];
  for (const c of model.clauses.filter(c => c.area === 'TIMER')) {
    for (const check of ((model.cells[c.id][version] || {}).checks || [])) {
      for (const [k, v] of Object.entries(check.observed || {}))
        if (/intervals_ms$/.test(k) && Array.isArray(v)) out.push(...v.filter(x => typeof x === 'number'));
    }
  }
  return out;
}

function drawChart() {
  const ns = 'http://www.w3.org/2000/svg', W = 26, H = 160, pad = 30;
  const data = model.versions.map(v => [v, intervals(v)]).filter(([, xs]) => xs.length);
  const box = document.getElementById('chart');
  if (!data.length) { box.append($('p', {text: 'No run_every intervals recorded yet.'})); return; }
  const max = Math.max(...data.flatMap(([, xs]) => xs)) * 1.1;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', pad + data.length * W + 10); svg.setAttribute('height', H + 40);
  const y = (ms) => H - (ms / max) * H + 5;
  const add = (tag, attrs, text) => { const e = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); if (text !== undefined) e.textContent = text; svg.append(e); return e; };
  for (const tick of [0, max / 2, max]) add('text', {x: 0, y: y(tick) + 3}, Math.round(tick));
  data.forEach(([v, xs], i) => {
    const x = pad + i * W + W / 2, sorted = [...xs].sort((a, b) => a - b), med = sorted[Math.floor(sorted.length / 2)];
    for (const ms of xs) add('circle', {cx: x, cy: y(ms), r: 1.5, fill: '#5570c8', 'fill-opacity': 0.5});
    add('line', {x1: x - 8, x2: x + 8, y1: y(med), y2: y(med), stroke: '#b3261e', 'stroke-width': 2}).append(
      Object.assign(document.createElementNS(ns, 'title'), {textContent: v + ' median ' + Math.round(med) + ' ms, n=' + xs.length}));
    add('text', {x: x - 10, y: H + 30, transform: `rotate(-45 ${x - 10} ${H + 30})`}, short(v));
  });
  box.append(svg);
}

function drawChangelog() {
  const list = document.getElementById('changelog');
  if (!model.changelog.length) list.append($('li', {text: 'No change between the versions tested.'}));
  for (const e of model.changelog) {
    const side = (s) => s.kind === 'unknown' ? s.verdict : s.kind + (s.variant ? ' ' + s.variant : '');
    const what = side(e.before) + ' → ' + side(e.after);
    list.append($('li', {}, $('b', {text: e.version + ' ' + e.type + ' '}), $('a', {href: safeUrl(byId[e.clause].docs), text: e.clause}),
      document.createTextNode(' (' + what + ', since ' + e.previous_version + '): ' + byId[e.clause].statement)));
  }
}

const areaSel = document.getElementById('f-area');
for (const a of model.areas) areaSel.append($('option', {value: a, text: a}));
areaSel.addEventListener('change', drawGrid);
document.getElementById('f-status').addEventListener('change', drawGrid);
drawTop(); drawGrid(); drawChangelog(); drawChart();
"""


def _embed(model: dict) -> str:
    # Inside <script>, only "</" and "<!--" could end or confuse the element: escape every "<".
    return json.dumps(model).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_html(model: dict) -> str:
    kinds = ["conforms", "changed", "defect", "n/a", "unknown", "internal"]
    statuses = kinds[:-1] + ["fail", "error", "unexpected-pass", "known-bug"]
    options = "".join(f'<option value="{html.escape(v)}">{html.escape(v)}</option>' for v in statuses)
    legend = "".join(f'<span class="k-{html.escape(v)}">{html.escape(v)}</span>' for v in kinds)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>Streamlit fragment conformance</title><style>{_CSS}</style></head>
<body>
<h1>Streamlit fragment conformance</h1>
<p>Generated {html.escape(model['generated'])} from {len(model['versions'])} Streamlit versions.
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
<script type="application/json" id="model">{_embed(model)}</script>
<script>{_JS}</script>
</body></html>
"""
