// How many messages the page sent from the `since`-th on contain `containing`; -1 when nothing is recorded.
(kit, [containing, since]) => {
  if (!window.__kitSent) return -1;
  return window.__kitSent.slice(since).filter((text) => text.includes(containing)).length;
}
