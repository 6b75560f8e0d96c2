(kit) => window.__kitChanges ?? []
