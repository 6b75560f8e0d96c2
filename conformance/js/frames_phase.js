(kit, phase) => { window.__kitPhase = phase; }
