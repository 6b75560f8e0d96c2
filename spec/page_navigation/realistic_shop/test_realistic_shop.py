"""NAV-01, TIMER-07 in an app built like a real one: the user goes back and forth between a page whose stock
panel refreshes itself and a page with a form and a fragment, while the panel ticks."""

import pytest

OWN_SERVER = True  # an app with pages must be the main script of its server

SWITCHES = 3


@pytest.mark.clause("NAV-01", "TIMER-07")
def test_switching_pages_while_a_fragment_ticks(app, check):
    arrivals = []
    for _ in range(SWITCHES):
        ticking = app.wait_for(at_least={"STOCK": (app.counter("STOCK") or 0) + 2}, idle=False)
        arrivals.append({"ticking": ticking.as_dict()})
        check.observe(arrivals=arrivals)  # recorded as it goes: a link the page covers ends the check
        app.follow_link("basket")
        basket = app.wait_for(PAGE="basket")
        app.click("Add one")
        added = app.wait_for(ITEMS=(basket["ITEMS"] or 0) + 1)
        arrivals[-1].update(basket=basket.as_dict(), added=added.as_dict())
        check.observe(arrivals=arrivals)
        app.follow_link("app")
        back = app.wait_for(PAGE="catalogue")
        assert not ticking.timed_out, "the stock panel ticked on the catalogue page"
        assert not basket.timed_out and basket["STOCK"] is None, "the basket page showed without the stock panel"
        assert not added.timed_out and added["FULL"] == basket["FULL"], "its fragment reran alone"
        assert not back.timed_out, "the catalogue page came back"
    settled = app.barrier()
    check.observe(arrivals=arrivals, settled=settled)
    assert settled["PAGE"] == "catalogue" and settled["ITEMS"] is None, "only the catalogue is on the page"
