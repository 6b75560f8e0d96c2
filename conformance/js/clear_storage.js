(kit) => { try { localStorage.clear(); sessionStorage.clear(); } catch (e) {} }
