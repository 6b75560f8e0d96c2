// Whether an element matching `selector` is (or, with shown false, is not) on the page.
(kit, [selector, shown]) => (document.querySelector(selector) !== null) === shown
