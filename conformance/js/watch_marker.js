// From now on, note each new value of the counter marker `name` with the page's clock (ms).
(kit, name) => {
  window.__kitChanges = [];
  let last = null;
  const read = () => {
    const m = new RegExp(`(?:^|\\s)${name}=(\\d+)`).exec(document.body.innerText);
    return m ? Number(m[1]) : null;
  };
  const note = () => {
    const value = read();
    if (value !== null && value !== last) {
      window.__kitChanges.push([performance.now(), value]);
      last = value;
    }
  };
  note();
  new MutationObserver(note).observe(document.body, {childList: true, subtree: true, characterData: true});
}
