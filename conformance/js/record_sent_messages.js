// An init script: keep each message the page sends over a WebSocket, its bytes as Latin-1 text (BackMsgs are
// protobuf, in which a string such as a fragment id sits verbatim).
(kit) => {
  const sent = window.__kitSent = [];
  const latin1 = new TextDecoder("latin1");
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    try {
      const bytes = data instanceof ArrayBuffer ? new Uint8Array(data)
        : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : null;
      sent.push(bytes ? latin1.decode(bytes) : String(data));
    } catch (e) {
      sent.push("");
    }
    return send.call(this, data);
  };
}
