(kit) => window.__kitInsertions ?? -1
