"""The compatibility grid as Markdown: one table per area, clauses down, versions across."""

from __future__ import annotations

from conformance import compat, fidelity
from conformance.records import Kind, Verdict

# A cell shows the kind of what its release did, judged against the promise; an unexpected harness verdict
# (the release did something the registry does not record, or the harness could not tell) shows instead.
KIND_SYMBOL = {**{k.value: k.glyph for k in Kind}, "n/a": Verdict.NA.glyph}
VERDICT_SYMBOL = {
    **{v.value: v.glyph for v in (Verdict.FAIL, Verdict.ERROR, Verdict.UNEXPECTED_PASS, Verdict.SKIPPED)},
    "missing": " ",
    "internal": "—",
}
LEGEND = (
    "✅ conforms to the promise · 🔄 changed (an announced change) · 🐞 defect (linked to its upstream issue or "
    "fix; *kit* where the kit found it) · `·` n/a (the release lacks the API) · ❌ fail, ⚠️ harness error, "
    "❗ unexpected pass: something the registry does not record · — internal (no check) · blank: not run. "
    "A name after the symbol is the behaviour (variant) seen"
)


def _md(text) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;")


def _nightly(model: dict, version: str) -> dict | None:
    return (model.get("columns", {}).get(version) or {}).get("nightly")


def _short(model: dict, version: str) -> str:
    nightly = _nightly(model, version)
    if nightly:
        return f"nightly {nightly['day']}"
    return version.removesuffix(".0") if version.count(".") == 2 else version


def _named(model: dict, version: str) -> str:
    """A release as it is; a nightly with its day and the release it is judged as."""
    nightly = _nightly(model, version)
    return f"{version} (nightly of {nightly['day']}, judged as {nightly['judged_as']})" if nightly else version


def render_markdown(model: dict) -> str:
    versions = model["versions"]
    lines = [
        "# Streamlit fragment conformance",
        "",
        f"Generated {model['generated']} from {len(versions)} Streamlit versions. {LEGEND}.",
        "Each clause states what Streamlit's docs promise and links to them; _undocumented_ marks a clause whose",
        "promise is the newest release's behaviour because the docs are silent.",
        "`compatibility.html` has every observation and a",
        "command to reproduce each cell; `compatibility.json` is the same data (schema in `docs/results-schema.md`).",
        "The AppTest column says whether `streamlit.testing.v1.AppTest` shows the same behaviour as the browser",
        "(`agrees`), or not (`differs`: a test written with AppTest cannot see it), by version range.",
        "",
    ]
    lines += render_unexpected(model) + render_summary(model)
    by_area: dict[str, list[dict]] = {}
    for clause in model["clauses"]:
        by_area.setdefault(clause["area"], []).append(clause)
    for area in model["areas"]:
        lines += [
            f"## {area}",
            "",
            "| clause | " + " | ".join(_short(model, v) for v in versions) + " | AppTest |",
            "| --- | " + " | ".join("---" for _ in versions) + " | --- |",
        ]
        for clause in by_area[area]:
            cells = model["cells"][clause["id"]]
            row = [cell_text(cells.get(v), bool(clause["variants"])) for v in versions]
            flags = f" _{', '.join(clause['flags'])}_" if clause["flags"] else ""
            lines.append(
                f'| [{clause["id"]}]({clause["docs"]} "{_md(clause["statement"])}"){flags} | '
                + " | ".join(row)
                + f" | {_md(fidelity.describe(clause.get('apptest', [])))} |"
            )
        lines.append("")
    lines += render_changelog(model)
    lines += [
        "## Runs",
        "",
        "| version | build | ran | complete | kit | Python | Playwright | browser |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for version, col in model["columns"].items():
        lines.append(
            f"| {_named(model, version)} | "
            f"{_md(col.get('build') or ('nightly' if col.get('nightly') else 'release'))} | "
            f"{col['ran']} | "
            f"{'yes' if col['complete'] else '**no**'} | {_revisions(col)} | "
            f"{col['python']} | {col['playwright']} | {_md(col['browser'])} |"
        )
    return "\n".join(lines) + "\n"


def _revisions(col: dict) -> str:
    """The kit revision of the column's records; several, with their record counts, after narrowed reruns."""
    found = col.get("kit_revisions") or [{"revision": col["kit_revision"], "records": None}]
    if len(found) == 1:
        return _md(str(found[0]["revision"]))
    return ", ".join(f"{_md(str(r['revision'] or 'older run'))} ({r['records']})" for r in found)


def cell_text(cell: dict | None, named: bool) -> str:
    if not cell or cell["verdict"] in VERDICT_SYMBOL:
        return VERDICT_SYMBOL[cell["verdict"] if cell else "missing"]
    if cell["kind"] == "unknown":
        return VERDICT_SYMBOL.get(cell["verdict"], "?")
    text = KIND_SYMBOL[cell["kind"]] + (f" {cell['variant']}" if named and cell["variant"] else "")
    if cell["kind"] == "defect":
        text = f"[{text}]({cell['source']})" if cell["source"] else f"{text} *kit*"
    return text


def render_unexpected(model: dict) -> list[str]:
    lines = ["## Unexpected verdicts", ""]
    found = [c for v in model["versions"] for c in compat.unexpected_cells(model, v)]
    released = [c for c in found if not _nightly(model, c["version"])]
    early = [c for c in found if _nightly(model, c["version"])]
    if not released:
        lines += ["None: every release did what the registry records for it (recorded defects included).", ""]
    for entry in released:
        lines.append(f"- **{entry['version']}** {entry['clause']}: {entry['verdict']}")
    if early:
        lines += [
            "",
            "### Early warnings: nightly builds",
            "",
            "A nightly judged against what the registry records for the release it leads to; a finding here is "
            "a change on Streamlit's main branch that no release has yet.",
            "",
        ]
        lines += [f"- **{_named(model, e['version'])}** {e['clause']}: {e['verdict']}" for e in early]
    return lines + [""]


def _lost(summary: dict) -> str:
    lost = summary.get("lost_clicks") or {"clicks": 0, "checks": []}
    return f"{lost['clicks']} in {len(lost['checks'])} checks" if lost["clicks"] else "0"


def render_summary(model: dict) -> list[str]:
    lines = [
        "## Releases",
        "",
        "Clauses per kind on each release, its defects, and the clicks it dropped (no run followed; the harness "
        "clicked again, so the checks could go on: a finding of its own).",
        "",
        "| release | conforms | changed | defect | n/a | unknown | defects | lost clicks |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for version in model["versions"]:
        summary = model["summary"][version]
        label = _named(model, version)
        counts = summary["counts"]
        defects = ", ".join(d["clause"] + (" *kit*" if d["found_by_kit"] else "") for d in summary["defects"])
        lines.append(
            f"| {label} | {counts['conforms']} | {counts['changed']} | {counts['defect']} | {counts['n/a']} | "
            f"{counts['unknown']} | {defects} | {_lost(summary)} |"
        )
    return lines + [""]


def render_changelog(model: dict) -> list[str]:
    lines = [
        "## Behaviour changelog",
        "",
        "Where a clause's behaviour, its kind or its verdict changes from one tested version to the next: "
        "regression, fix, change or new.",
        "",
    ]
    statements = {c["id"]: c for c in model["clauses"]}
    if not model["changelog"]:
        return lines + ["No change between the versions tested.", ""]
    for entry in model["changelog"]:
        clause = statements[entry["clause"]]
        before, after = entry["before"], entry["after"]
        what = f"{_side(before)} → {_side(after)}"
        lines.append(
            f"- **{entry['version']}** {entry['type']}: [{entry['clause']}]({clause['docs']}) ({what}, since "
            f"{entry['previous_version']}): {_md(clause['statement'])}"
        )
    return lines + [""]


def _side(state: dict) -> str:
    if state["kind"] == "unknown":
        return state["verdict"]
    return state["kind"] + (f" `{state['variant']}`" if state["variant"] else "")
