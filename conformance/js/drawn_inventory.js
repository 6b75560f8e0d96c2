// The page's inventory once no element still shows a placeholder while the code that draws it loads (the first
// load of newer releases), or null if a run starts first or the limit passes.
async (kit, limitMs) => {
  const ready = () => kit.isIdle() && !document.querySelector(`${kit.sel.element} ${kit.sel.loading}`);
  if (ready()) return kit.inventory();
  return await new Promise((resolve) => {
    const finish = (result) => { observer.disconnect(); clearTimeout(limit); resolve(result); };
    const test = () => { if (!kit.isIdle()) finish(null); else if (ready()) finish(kit.inventory()); };
    const observer = new MutationObserver(test);
    observer.observe(document, {childList: true, subtree: true, attributes: true});
    const limit = setTimeout(() => finish(null), limitMs);
  });
}
