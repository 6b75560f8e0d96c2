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

  // The frontend's own record of each element container (which fragment wrote it, in which run), read from
  // React's tree of the app on screen, top down: the DOM does not say, and an element's own link into that tree
  // may lead to the copy React keeps for its next render. Empty where a release hides it.
  elementNodes() {
    const found = new Map();
    const root = document.getElementById("root");
    const key = root && Object.keys(root).find((k) => k.startsWith("__reactContainer$"));
    const top = key && root[key] && root[key].stateNode ? root[key].stateNode.current : null;
    const stack = top ? [[top, null]] : [];
    while (stack.length) {
      const [fiber, above] = stack.pop();
      const own = fiber.memoizedProps && fiber.memoizedProps.node;
      const node = own && typeof own === "object" && "scriptRunId" in own ? own : above;
      if (node && fiber.stateNode instanceof Element && fiber.stateNode.matches(sel.element)) {
        found.set(fiber.stateNode, node);
      }
      if (fiber.sibling) stack.push([fiber.sibling, above]);
      if (fiber.child) stack.push([fiber.child, node]);
    }
    return found;
  },

  // Every element the page shows outside dialogs, in page order: what it is, what it says (not for charts,
  // whose drawn text changes whenever they lay themselves out), the media it shows,
  // which fragment wrote it ("" for the main script, null when unknown), the run that wrote it, whether it is
  // stale, whether it is still loading its code, and its widget id (null for other elements).
  inventory() {
    const out = [];
    const nodes = this.elementNodes();
    for (const el of document.querySelectorAll(sel.element)) {
      if (el.querySelector(sel.element) || el.closest(sel.dialog)) continue;
      const node = nodes.get(el) || null;
      const first = el.querySelector("[data-testid]");
      let widget = null;
      try {
        const element = node && node.element;
        const part = element && element.type && element[element.type];
        widget = (part && typeof part.id === "string" && part.id) || null;
      } catch (e) { widget = null; }
      const media = Array.from(el.querySelectorAll("img, video, audio, source, iframe"),
        (m) => m.getAttribute("src") || "").filter(Boolean);
      out.push({
        kind: first ? first.getAttribute("data-testid") : el.className,
        text: el.querySelector(sel.drawing) ? "" : (el.textContent || "").replace(/\s+/g, " ").trim().slice(0, 200),
        media,
        broken: Array.from(el.querySelectorAll("img"), (m) => m.complete && m.naturalWidth === 0 ? m.getAttribute("src") : null)
          .filter(Boolean),
        scope: node ? (node.fragmentId || "") : null,
        run: node ? node.scriptRunId : null,
        stale: el.getAttribute("data-stale") === "true",
        loading: !!el.querySelector(sel.loading),
        widget,
      });
    }
    return out;
  },
})
