// The inventory of what the page shows comes with a wait for an idle app, for the page watch's invariants.
// Resolves as soon as the condition holds, checked after each batch of DOM changes (and every 100 ms, for
// changes that mutate no node, such as CSS rules inserted through the CSSOM). Polling on every animation
// frame instead keeps the renderer drawing frames for the whole wait: about 0.1 CPU-s per second of waiting.
async (kit, [expected, atLeast, root, idle, shown, drawn, timeoutMs, crashedWithout]) => {
  // Idle, showing an exception, and without the marker every run writes first: the run is over and never got
  // that far. Nothing will come later, so waiting out the timeout would only cost time.
  const crashed = () => crashedWithout && kit.isIdle() && document.querySelector(kit.sel.exception)
    && !kit.markers(root)[crashedWithout];
  const markersIfDone = () => {
    if (idle && !kit.isIdle()) return null;
    const markers = kit.markers(root);
    for (const [name, value] of Object.entries(expected)) {
      const seen = markers[name];
      if (!seen || seen[seen.length - 1] !== String(value)) return null;
    }
    for (const [name, value] of Object.entries(shown)) {
      if (!(markers[name] || []).includes(String(value))) return null;
    }
    for (const [name, value] of Object.entries(atLeast)) {
      const seen = markers[name];
      if (!seen || Number(seen[seen.length - 1]) < value) return null;
    }
    for (const name of drawn) {
      if (!markers[name]) return null;
    }
    return markers;
  };
  const now = markersIfDone();
  if (now) return {done: true, markers: now, inventory: idle ? kit.inventory() : null};
  if (crashed()) return {done: false, markers: kit.markers(root)};
  return await new Promise((resolve) => {
    let queued = false;
    const finish = (result) => {
      observer.disconnect(); clearInterval(poll); clearTimeout(limit); resolve(result);
    };
    const test = () => {
      queued = false;
      const markers = markersIfDone();
      if (markers) finish({done: true, markers, inventory: idle ? kit.inventory() : null});
      else if (crashed()) finish({done: false, markers: kit.markers(root)});
    };
    const observer = new MutationObserver(() => { if (!queued) { queued = true; setTimeout(test, 0); } });
    observer.observe(document, {childList: true, subtree: true, characterData: true, attributes: true});
    const poll = setInterval(test, 100);
    const limit = setTimeout(() => finish({done: false, markers: kit.markers(root)}), timeoutMs);
  });
}
