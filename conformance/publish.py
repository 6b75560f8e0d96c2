"""Publish the compatibility reports: reports/compatibility.json, .md and .html, each written atomically.

python -m conformance.publish [--raw reports/raw] [--out reports]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from conformance import compat, registry, results
from conformance.records import GLIMPSE_LIMIT, glimpse
from conformance.render_html import render_html
from conformance.render_markdown import render_markdown

ROOT = Path(__file__).resolve().parent.parent


def publish(raw_dir: Path, out_dir: Path) -> list[Path]:
    """Rebuild the three reports from every raw result in raw_dir."""
    return write(compat.build(raw_dir, registry.load()), out_dir)


def write(model: dict, out_dir: Path) -> list[Path]:
    """The three reports of one model. All are rendered before any is written."""
    outputs = {
        out_dir / "compatibility.json": json.dumps(model, indent=1) + "\n",
        out_dir / "compatibility.md": render_markdown(model),
        out_dir / "compatibility.html": render_html(model),
    }
    for path, text in outputs.items():
        results.write_text_atomic(path, text)
    return list(outputs)


def site(reports: Path, folder: Path) -> list[Path]:
    """The published reports as a web site: the self-contained HTML page as index.html, the JSON and Markdown
    beside it."""
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    copied = []
    for name, as_name in (
        ("compatibility.html", "index.html"),
        ("compatibility.json", None),
        ("compatibility.md", None),
    ):
        target = folder / (as_name or name)
        shutil.copyfile(reports / name, target)
        copied.append(target)
    return copied


def _print_unexpected(model: dict) -> None:
    """Last, so that the tail of a long log (a CI run's) says which checks did what the registry does not record."""
    found = compat.unexpected_checks(model)
    if not found:
        print("unexpected verdicts in the report: none")
        return
    print(f"unexpected verdicts in the report: {len(found)}")
    for check in found:
        print(f"  {check['version']}  {check['clause']}  {check['verdict']}  {check['id']}")
        if check.get("message"):
            print(f"    {' '.join(check['message'].split())[:GLIMPSE_LIMIT]}")
        print(f"    saw: {glimpse(check.get('observed') or {})}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m conformance.publish", description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, default=ROOT / "reports" / "raw")
    parser.add_argument("--out", type=Path, default=ROOT / "reports")
    parser.add_argument("--site", type=Path, help="also lay the reports out as a web site there (index.html)")
    args = parser.parse_args(argv)
    if not args.raw.is_dir():
        print(f"error: no raw results folder {args.raw}", file=sys.stderr)
        return 2
    try:
        model = compat.build(args.raw, registry.load())
        for path in write(model, args.out):
            print(f"published: {path}")
        _print_unexpected(model)
        if args.site:
            for path in site(args.out, args.site):
                print(f"site: {path}")
    except (ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
