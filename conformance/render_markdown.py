"""The compatibility grid as Markdown: one table per area, clauses down, versions across."""

from __future__ import annotations

from conformance import fidelity

SYMBOL = {
    "pass": "✅", "fail": "❌", "n/a": "·", "error": "⚠️", "known-bug": "🐞", "unexpected-pass": "❗",
    "skipped": "?", "missing": " ", "internal": "—",
}
LEGEND = ("✅ pass · ❌ fail · `·` n/a (the clause does not hold in that release) · 🐞 known upstream bug · "
          "❗ unexpected pass of a known bug · ⚠️ harness error · — internal (not observable; no check) · blank: not run")


def _md(text) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;")


def _short(version: str) -> str:
    return version.removesuffix(".0") if version.count(".") == 2 else version


def render_markdown(model: dict) -> str:
    versions = model["versions"]
    lines = [
        "# Streamlit fragment conformance",
        "",
        f"Generated {model['generated']} from {len(versions)} Streamlit versions. {LEGEND}.",
        "Each clause links to the Streamlit docs it is about; `compatibility.html` has every observation and a",
        "command to reproduce each cell; `compatibility.json` is the same data (schema in `SCHEMA.md`).",
        "The AppTest column says whether `streamlit.testing.v1.AppTest` shows the same behaviour as the browser",
        "(`agrees`), or not (`differs`: a test written with AppTest cannot see it), by version range.",
        "",
    ]
    by_area: dict[str, list[dict]] = {}
    for clause in model["clauses"]:
        by_area.setdefault(clause["area"], []).append(clause)
    for area in model["areas"]:
        lines += [f"## {area}", "", "| clause | " + " | ".join(_short(v) for v in versions) + " | AppTest |",
                  "| --- | " + " | ".join("---" for _ in versions) + " | --- |"]
        for clause in by_area[area]:
            cells = model["cells"][clause["id"]]
            row = [SYMBOL[cells.get(v, {}).get("verdict", "missing")] for v in versions]
            flags = f" _{', '.join(clause['flags'])}_" if clause["flags"] else ""
            lines.append(f"| [{clause['id']}]({clause['docs']} \"{_md(clause['statement'])}\"){flags} | "
                         + " | ".join(row) + f" | {_md(fidelity.describe(clause.get('apptest', [])))} |")
        lines.append("")
    lines += render_changelog(model)
    lines += ["## Runs", "", "| version | build | ran | complete | kit | Python | Playwright | browser |",
              "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for version, col in model["columns"].items():
        lines.append(f"| {version} | {_md(col.get('build') or 'release')} | {col['ran']} | {'yes' if col['complete'] else '**no**'} | {col['kit_revision']} | "
                     f"{col['python']} | {col['playwright']} | {_md(col['browser'])} |")
    return "\n".join(lines) + "\n"


def render_changelog(model: dict) -> list[str]:
    lines = ["## Behaviour changelog", "",
             "Where a clause's verdict or the behaviour variant observed changes from one tested version to the next.", ""]
    statements = {c["id"]: c for c in model["clauses"]}
    if not model["changelog"]:
        return lines + ["No change between the versions tested.", ""]
    for entry in model["changelog"]:
        clause = statements[entry["clause"]]
        before, after = entry["before"], entry["after"]
        what = f"{before['verdict']} → {after['verdict']}"
        if before["variant"] != after["variant"]:
            what += f"; behaviour `{before['variant']}` → `{after['variant']}`"
        lines.append(f"- **{entry['version']}** [{entry['clause']}]({clause['docs']}) ({what}, since "
                     f"{entry['previous_version']}): {_md(clause['statement'])}")
    return lines + [""]

