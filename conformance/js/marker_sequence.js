// Every marker on the page (or inside `root`), `NAME=value`, in page order (a column before the next).
(kit, root) => {
  const scope = root ? document.querySelector(root) : document.body;
  return scope ? kit.markerPairs(scope.innerText).map(([name, value]) => `${name}=${value}`) : [];
}
