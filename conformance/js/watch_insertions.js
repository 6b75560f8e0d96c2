// Count the elements matching `selector` that get inserted into the page from now on.
(kit, selector) => {
  window.__kitInsertions = 0;
  new MutationObserver((records) => {
    for (const r of records) for (const node of r.addedNodes) {
      if (node.nodeType !== 1) continue;
      // the element itself, anything drawn inside it, or a fresh copy of it further down
      if (node.closest(selector)) window.__kitInsertions += 1;
      else window.__kitInsertions += node.querySelectorAll(selector).length;
    }
  }).observe(document.body, {childList: true, subtree: true});
}
