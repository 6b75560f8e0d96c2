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
const nightly = (v) => (model.columns[v] || {}).nightly;
const short = (v) => nightly(v) ? 'nightly ' + nightly(v).day : v.replace(/\.0$/, '');
const named = (v) => nightly(v) ? `${v} (nightly of ${nightly(v).day}, judged as ${nightly(v).judged_as})` : v;
// The kit revision of a column's records; several, with their record counts, after narrowed reruns.
const revisions = (col) => {
  const found = col.kit_revisions || [{revision: col.kit_revision}];
  return found.length === 1 ? String(found[0].revision)
    : found.map(r => (r.revision || 'older run') + ' (' + r.records + ')').join(', ');
};
const byId = Object.fromEntries(model.clauses.map(c => [c.id, c]));

function drawGrid() {
  const area = document.getElementById('f-area').value, status = document.getElementById('f-status').value;
  const table = $('table', {cls: 'grid', id: 'grid'});
  const head = $('tr', {}, $('th', {cls: 'clause', text: 'clause'}));
  for (const v of model.versions) head.append($('th', {text: short(v), title: named(v), cls: nightly(v) ? 'nightly' : ''}));
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

// text glyphs (no emoji font needed), from the typed records (conformance/records.py)
function symbol(kind, verdict) {
  if (kind === 'unknown') return model.looks[verdict] ?? '? ' + verdict;
  return model.looks[kind] ?? '?';
}

function drawTop() {
  const bad = model.versions.flatMap(v => model.summary[v].unexpected.map(cid => [v, cid]));
  const box = document.getElementById('unexpected');
  box.append($('h2', {text: 'Unexpected verdicts'}));
  if (!bad.length) box.append($('p', {text: 'None: every release did what the registry records for it (recorded defects included).'}));
  for (const [v, cid] of bad) box.append($('p', {cls: 'unexpected', text: (nightly(v) ? 'early warning: ' : '') + named(v) + ' ' + cid + ': ' + model.cells[cid][v].verdict}));
  const table = $('table', {cls: 'summary'});
  table.append($('tr', {}, ...['release', 'conforms', 'changed', 'defect', 'n/a', 'unknown', 'defects', 'lost clicks'].map(h => $('th', {text: h}))));
  for (const v of model.versions) {
    const s = model.summary[v], defects = $('td');
    s.defects.forEach((d, i) => { if (i) defects.append(document.createTextNode(', '));
      defects.append(d.source ? $('a', {href: safeUrl(d.source), text: d.clause}) : $('span', {text: d.clause + ' (kit)'})); });
    table.append($('tr', {}, $('td', {text: named(v)}), ...['conforms', 'changed', 'defect', 'n/a', 'unknown'].map(k =>
      $('td', {cls: s.counts[k] && ['defect', 'unknown'].includes(k) ? 'k-' + k : '', text: String(s.counts[k])})), defects,
      $('td', {title: (s.lost_clicks?.checks ?? []).join('\n'),
        text: s.lost_clicks?.clicks ? `${s.lost_clicks.clicks} in ${s.lost_clicks.checks.length} checks` : '0'})));
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
  if (col) box.append($('p', {cls: 'provenance', text: (col.build ? 'build ' + col.build + ' · ' : '') + 'ran ' + col.ran + ' · kit ' + revisions(col) + ' · Python ' +
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
