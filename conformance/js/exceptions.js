// Exceptions shown on the page, in page order: the first line split into class and message, the last marker
// drawn before it, whether it is in the sidebar, and the markers of the innermost block around it.
(kit) => {
  const out = [];
  let lastMarker = null;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
  for (let el = walker.currentNode; el; el = walker.nextNode()) {
    if (el.matches(kit.sel.exception)) {
      const first = (el.innerText.split("\n")[0] || "").trim();
      const cut = first.indexOf(": ");
      out.push({error: cut > 0 ? first.slice(0, cut) : first, message: cut > 0 ? first.slice(cut + 2) : "",
                after: lastMarker, in_sidebar: !!el.closest(kit.sel.sidebar), block_markers: kit.blockMarkers(el)});
      continue;
    }
    if (el.matches(kit.sel.textOrInside) || el.tagName === "PRE") {
      const m = /^([A-Z][A-Z0-9_]*)=/.exec((el.innerText || "").trim());
      if (m && !el.closest(kit.sel.exception)) lastMarker = m[1];
    }
  }
  return out;
}
