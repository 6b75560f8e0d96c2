// For each element matching `selector`: is it inside the layout block that shows the marker `name`? (null
// when the marker is not shown.)
(kit, [selector, name]) => {
  const block = (el) => el.parentElement.closest(kit.sel.block);
  const mark = Array.from(document.querySelectorAll(kit.sel.text)).find((el) => kit.markerOf(el) === name);
  if (!mark) return null;
  const home = block(mark);
  return Array.from(document.querySelectorAll(selector), (el) => home.contains(el));
}
