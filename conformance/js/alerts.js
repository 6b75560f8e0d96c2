// Alerts (st.warning, st.info, st.error, ...) whose text contains `containing`, in page order: the last marker
// drawn before each (outside alerts) and the markers of the innermost block around it.
(kit, containing) => {
  const out = [];
  let last = null;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
  for (let el = walker.currentNode; el; el = walker.nextNode()) {
    if (el.matches(kit.sel.alert)) {
      if (el.innerText.includes(containing)) out.push({after: last, block_markers: kit.blockMarkers(el)});
      continue;
    }
    if (!el.closest(kit.sel.alert)) last = kit.markerOf(el) ?? last;
  }
  return out;
}
