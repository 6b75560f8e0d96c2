// The media files the page shows at this moment (absolute URLs on the app's server `origin`), for asking the
// server once more whether it still serves them.
(kit, origin) => Array.from(new Set(Array.from(document.querySelectorAll("img, video, audio, source"),
  (m) => m.src || "").filter((src) => src.startsWith(origin + "/"))))
