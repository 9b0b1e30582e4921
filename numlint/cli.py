"""Command line: flags and subcommands only; the work is in the stages, the output in reporters."""
from __future__ import annotations

import argparse
import json
import sys

from numlint import __version__


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="numlint", description="Linter for figures in French news articles")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check")
    check.add_argument("paths", nargs="+")
    check.add_argument("--format", default="text")
    check.add_argument("--fail-on", default="warning")
    check.add_argument("--reference-date")
    check.add_argument("--messages", default="fr")
    ex = sub.add_parser("extract")
    ex.add_argument("paths", nargs="+")
    ex.add_argument("--format", default="table")
    args = parser.parse_args(argv)
    from numlint import document, engine, figures, measures
    if args.command == "extract":
        out = []
        for p in args.paths:
            doc = document.read(p)
            found, _ = engine.analyse(doc)
            for f in found.figures:
                line, col = doc.line_col(f.start)
                eline, ecol = doc.line_col(f.end)
                out.append({"path": p, "text": f.text, "line": line, "column": col, "end_line": eline,
                            "end_column": ecol, "offset": f.start, "end_offset": f.end, "kind": f.kind,
                            "value": f.value, "low": f.low, "high": f.high, "approx": f.approx,
                            "unit": f.unit, "subject": f.subject, "qualifiers": f.qualifiers,
                            "section": f.section.heading if f.section else None})
        json.dump({"numlint": __version__, "figures": out}, sys.stdout, ensure_ascii=False, indent=2)
        return 0
    from datetime import date
    from numlint.runner import run_files
    settings = engine.Settings(lang=args.messages,
                               reference_date=date.fromisoformat(args.reference_date) if args.reference_date else None)
    results = run_files(args.paths, settings)
    diags = [d for r in results for d in r.diagnostics]
    json.dump({"numlint": __version__, "diagnostics": [d.to_json() for d in diags],
               "summary": {"files": len(results)}}, sys.stdout, ensure_ascii=False, indent=2)
    return 1 if diags else 0
