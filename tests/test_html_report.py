"""The HTML report opened in Chromium: grid, filters, cell details, no console errors, no markup injection."""

import pytest

from conformance import publish
from tests.report_data import apptest_results, check, outside_container_matrix, write_raw

INJECTED = '<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script>'


@pytest.fixture
def report(tmp_path, page):
    raw = tmp_path / "raw"
    outside_container_matrix(raw)
    write_raw(
        raw,
        "1.59.2",
        [check("spec/scope/test_s.py::test_scope", ["SCOPE-01"], "fail", shown=INJECTED)],
        started="2026-11-25T10:00:00+00:00",
    )
    apptest_results(raw)
    publish.publish(raw, tmp_path)
    problems = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.goto((tmp_path / "compatibility.html").as_uri())
    page.wait_for_selector("tr[data-clause]")
    return page, problems


def test_grid_has_a_row_per_clause_and_a_column_per_version(report):
    page, problems = report
    assert page.locator("#grid thead th").all_inner_texts()[1:] == ["1.57", "1.58", "1.59.2", "AppTest"]
    assert page.locator('tr[data-clause="EXT-01"] td.cell').evaluate_all("tds => tds.map(t => t.dataset.kind)") == [
        "conforms",
        "conforms",
        "n/a",
    ]
    assert page.locator("tr[data-clause]").count() > 50
    assert problems == []


def test_filters_by_area_and_status(report):
    page, problems = report
    page.select_option("#f-area", "EXT")
    rows = page.locator("tr[data-clause]").evaluate_all("rs => rs.map(r => r.dataset.clause)")
    assert rows and all(r.startswith("EXT-") for r in rows)
    page.select_option("#f-area", "")
    page.select_option("#f-status", "fail")
    assert page.locator("tr[data-clause]").evaluate_all("rs => rs.map(r => r.dataset.clause)") == ["SCOPE-01"]
    assert problems == []


def test_cell_opens_its_details(report):
    page, problems = report
    page.locator('tr[data-clause="EXT-04"] td[data-version="1.59.2"]').click()
    details = page.locator("#details")
    assert "EXT-04 on Streamlit 1.59.2: conforms · verdict pass" in details.inner_text()
    assert '"ext_lines": 1' in details.locator("pre.observed").inner_text()
    assert "./kit -s conformance-at -- 1.59.2" in details.inner_text()
    assert "kit abc · Python 3.11.7" in details.locator("p.provenance").inner_text()
    assert (
        details.locator("a", has_text="Streamlit docs").get_attribute("href").startswith("https://docs.streamlit.io/")
    )
    assert problems == []


def test_apptest_column_says_where_apptest_differs(report):
    page, problems = report
    assert page.locator('tr[data-clause="SCOPE-01"] td.apptest').inner_text() == "differs"
    assert page.locator('tr[data-clause="EXT-01"] td.apptest').inner_text() == "agrees", "n/a versions are left out"
    page.locator('tr[data-clause="SCOPE-01"] td[data-version="1.58.0"]').click()
    assert "AppTest: differs" in page.locator("#details").inner_text()
    assert "the main script did not run (AppTest: FULL 1 -> 2)" in page.locator("#details").inner_text()
    assert problems == []


def test_observed_markup_is_shown_not_run(report):
    page, problems = report
    page.locator('tr[data-clause="SCOPE-01"] td[data-version="1.59.2"]').click()
    assert INJECTED in page.locator("#details pre.observed").inner_text().replace('\\"', '"')
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("#details img").count() == 0
    assert problems == []
