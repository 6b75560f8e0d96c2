"""NEST-02 in an app built like a real one: a fragment in a tab holding a fragment in an expander, among a
sidebar, metrics, charts, an image and a table."""

import pytest


@pytest.mark.clause("NEST-02")
def test_the_inner_figure_reruns_alone(app, check):
    before = app.markers()
    app.click("Redraw")
    after = app.wait_for(FIGURE=before["FIGURE"] + 1)
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    assert not after.timed_out, "the figure fragment reran after its button was clicked"
    assert settled["SECTION"] == before["SECTION"], "the section around it did not run"
    assert settled["FULL"] == before["FULL"] and settled["TAIL"] == before["TAIL"], "the main script did not run"


@pytest.mark.clause("NEST-02")
def test_the_outer_section_reruns_its_figure_inline(app, check):
    before = app.markers()
    app.click("Rebuild")
    after = app.wait_for(SECTION=before["SECTION"] + 1)
    settled = app.barrier()
    check.observe(before=before, after=after, settled=settled)
    assert not after.timed_out, "the section reran after its button was clicked"
    assert settled["FIGURE"] == before["FIGURE"] + 1, "the figure ran once, inline, in the section's rerun"
    assert settled["FULL"] == before["FULL"] and settled["TAIL"] == before["TAIL"], "the main script did not run"
