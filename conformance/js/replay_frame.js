// Send the picked frame again on the socket the page uses, as a late message from the page would arrive.
(kit) => { window.__kitSocket.send(window.__kitPicked); return true; }
