"""The harness used for an app of one's own (tests/own_app/order_form.py, outside fixtures/), through the
plugin's `streamlit_app` fixture, as the README shows."""


def test_button_in_the_cart_fragment_reruns_only_the_cart(streamlit_app):
    app = streamlit_app("tests/own_app/order_form.py", PAGE_RUNS=1, CART_RUNS=1)
    app.click("Add item")
    after = app.wait_for(CART_RUNS=2, ITEMS=1)
    assert not after.timed_out and after["PAGE_RUNS"] == 1


def test_checkout_reruns_the_whole_page(streamlit_app):
    app = streamlit_app("tests/own_app/order_form.py", PAGE_RUNS=1)
    app.click("Check out")
    after = app.wait_for(PAGE_RUNS=2)
    assert not after.timed_out and after["CART_RUNS"] == 2, "the cart ran again as part of the full run"
