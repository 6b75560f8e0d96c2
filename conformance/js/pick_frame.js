// Keep the frame sent most often during `phase` as the one to replay; how many were sent and how often it was.
(kit, phase) => {
  const counts = new Map();
  for (const f of window.__kitFrames || []) {
    if (f.phase !== phase) continue;
    const key = Array.from(f.bytes).join(",");
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  let best = null, n = 0;
  for (const [key, c] of counts) if (c > n) { best = key; n = c; }
  window.__kitPicked = best ? new Uint8Array(best.split(",").map(Number)) : null;
  return {sent_in_phase: [...counts.values()].reduce((a, b) => a + b, 0), copies: n,
          bytes: window.__kitPicked ? window.__kitPicked.length : 0};
}
