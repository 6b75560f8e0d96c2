// The elements still stale (faded) after the app has stayed idle for `graceMs`: none if they clear, or if a new
// run starts (then they are that run's to redraw). Stale elements are only expected while a run is going on.
async (kit, graceMs) => {
  const stale = () => Array.from(document.querySelectorAll(kit.sel.stale),
    (el) => (el.textContent || "").replace(/\s+/g, " ").trim().slice(0, 80) || el.className);
  if (!kit.isIdle() || !stale().length) return [];
  return await new Promise((resolve) => {
    const finish = (result) => { observer.disconnect(); clearTimeout(limit); resolve(result); };
    const test = () => { if (!kit.isIdle() || !stale().length) finish([]); };
    const observer = new MutationObserver(test);
    observer.observe(document, {childList: true, subtree: true, attributes: true});
    const limit = setTimeout(() => finish(kit.isIdle() ? stale() : []), graceMs);
  });
}
