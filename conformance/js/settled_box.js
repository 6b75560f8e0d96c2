// The box of the first element matching `selector` once it has not moved or changed size for 10 animation
// frames (a dialog slides and grows in); false until then. Polled once a frame.
(kit, selector) => {
  const el = document.querySelector(selector);
  if (!el) { window.__kitBox = null; return false; }
  const r = el.getBoundingClientRect();
  const key = [r.left, r.top, r.width, r.height].map(Math.round).join(",");
  if (window.__kitBox && window.__kitBox.key === key) window.__kitBox.frames += 1;
  else window.__kitBox = {key, frames: 0};
  return window.__kitBox.frames >= 10 ? {left: r.left, right: r.right, width: r.width} : false;
}
