// An init script: from page load on, every change of the app's run state, with whether each of the markers
// `names` is on screen at that moment.
(kit, names) => {
  window.__kitRunStates = [];
  new MutationObserver(() => {
    if (!document.querySelector(kit.sel.app)) return;
    const state = kit.runState();
    const log = window.__kitRunStates;
    if (log.length && log[log.length - 1].state === state) return;
    const shown = new Set(kit.markerPairs(document.body.innerText).map(([name]) => name));
    log.push({state, shown: Object.fromEntries(names.map((name) => [name, shown.has(name)]))});
  }).observe(document, {subtree: true, childList: true, attributes: true});
}
