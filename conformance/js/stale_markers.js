// The names of the markers whose elements the page marks stale (faded while a run is going on).
(kit) => {
  const names = [];
  for (const el of document.querySelectorAll(kit.sel.stale)) {
    for (const [name] of kit.markerPairs(el.innerText)) names.push(name);
  }
  return names;
}
