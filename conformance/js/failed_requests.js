// Requests of this document that the app's server (`origin`) answered with 400 or more, from the browser's own
// resource timing: read once at the end of a check, where a Python listener on every response would cost a
// message per request.
(kit, origin) => performance.getEntriesByType("resource")
  .filter((e) => e.responseStatus >= 400 && e.name.startsWith(origin))
  .map((e) => `${e.responseStatus} ${e.name.slice(origin.length)}`)
