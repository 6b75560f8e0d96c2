// From now on, keep a copy of every binary frame the page sends on its WebSocket, tagged with the current
// phase (starting "ticks"), and the socket itself, so that a frame can be sent again later.
(kit) => {
  window.__kitPhase = "ticks";
  window.__kitFrames = [];
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    window.__kitSocket = this;
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data.slice(0))
      : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength))
      : null;
    if (bytes) window.__kitFrames.push({phase: window.__kitPhase, bytes});
    return send.call(this, data);
  };
}
