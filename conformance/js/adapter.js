// The browser half of the adapter: what drifted between Streamlit releases, as the page shows it.
// conformance/adapter.py gives it the selectors (`sel`); every other script gets the object it returns as `kit`.
(sel) => ({
  sel,
  idle: "notRunning",

  // Run state of the app: `data-test-script-state` from 1.38, `data-teststate` up to 1.37.
  runState() {
    const app = document.querySelector(sel.app);
    if (!app) return null;
    return app.getAttribute("data-test-script-state") ?? app.getAttribute("data-teststate");
  },

  // Connection state exists from 1.38 only; older releases report null, which counts as connected.
  connected() {
    const app = document.querySelector(sel.app);
    if (!app) return false;
    const c = app.getAttribute("data-test-connection-state");
    return c === null || c === "CONNECTED";
  },

  isIdle() {
    return this.runState() === this.idle && this.connected();
  },

  // Markers are lines `NAME=value` written by fixture apps with st.text; NAME is upper case.
  markerPairs(text) {
    return Array.from(text.matchAll(/(?:^|\s)([A-Z][A-Z0-9_]*)=(\S*)/g), (m) => [m[1], m[2]]);
  },

  markers(root) {
    const scope = root ? document.querySelector(root) : document.body;
    const out = {};
    if (!scope) return out;
    for (const [name, value] of this.markerPairs(scope.innerText)) (out[name] = out[name] || []).push(value);
    return out;
  },

  // The marker a text element shows, if it is one (`NAME=value` as its whole first word).
  markerOf(el) {
    if (!el.matches(sel.text)) return null;
    const m = /^([A-Z][A-Z0-9_]*)=/.exec((el.innerText || "").trim());
    return m ? m[1] : null;
  },

  // The names of the markers in the innermost layout block around `el`.
  blockMarkers(el) {
    const block = el.parentElement && el.parentElement.closest(sel.block);
    return block ? this.markerPairs(block.innerText).map(([name]) => name) : [];
  },
})
