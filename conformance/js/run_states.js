(kit) => window.__kitRunStates ?? null
