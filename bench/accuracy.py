"""Recall and precision of every rule on the fixture articles under fixtures/rules/.

    .venv/bin/python bench/accuracy.py              # table per rule, last line the summary
    .venv/bin/python bench/accuracy.py --verbose    # also every miss and false alarm
    .venv/bin/python bench/accuracy.py NUM3xx       # only fixture paths containing "NUM3xx"

How a fixture declares what it expects (two conventions, the first wins):

1. A sidecar ``expected.json`` in the fixture's folder::

       {"scope": ["NUM2", "NUM3"],
        "files": {"renforts-total.txt": [["NUM301", 4]],
                  "greve-lycees.md": {"expected": [["NUM301", 10]], "reference_date": "2025-03-14"},
                  "bac-resultats.txt": []}}

   ``scope`` lists the codes or prefixes the folder is scored for; every finding of a rule in
   scope must be listed (code and 1-based line of the primary span), an empty list means quiet.
   A file may give a ``reference_date`` (passed as ``--reference-date``).
2. The folder names the rule: ``fixtures/rules/NUM401/fires/*`` must report NUM401 (on any line),
   ``fixtures/rules/NUM401/quiet/*`` must not; the scope is that one code.

Files covered by neither are listed as unscored. Findings of rules outside a file's scope are
ignored. A finding matches an expectation with the same code on the same line (any line for
convention 2); each expectation is matched once. Precision counts errors, warnings and infos alike.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "rules"
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def cases(only: list[str]) -> tuple[list[dict], list[Path]]:
    """Every scored fixture as {path, scope, expected: [(code, line|None)], reference}."""
    out, unscored, covered = [], [], set()
    for sidecar in sorted(FIXTURES.rglob("expected.json")):
        spec = json.loads(sidecar.read_text(encoding="utf-8"))
        scope = [s.upper() for s in spec.get("scope", [])]
        for name, entry in sorted(spec.get("files", {}).items()):
            if isinstance(entry, dict):
                expected, ref = entry.get("expected", []), entry.get("reference_date")
            else:
                expected, ref = entry, None
            path = sidecar.parent / name
            covered.add(path.resolve())
            out.append({"path": path, "scope": scope, "reference": ref,
                        "expected": [(c.upper(), int(l) if l is not None else None) for c, l in expected]})
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix.lower() not in SUFFIXES or path.resolve() in covered:
            continue
        rel = path.relative_to(FIXTURES).parts
        if len(rel) >= 3 and re.fullmatch(r"NUM\d{3}", rel[0]) and rel[1] in ("fires", "quiet"):
            out.append({"path": path, "scope": [rel[0]], "reference": None,
                        "expected": [(rel[0], None)] if rel[1] == "fires" else []})
        else:
            unscored.append(path)
    if only:
        out = [c for c in out if any(o in str(c["path"]) for o in only)]
        unscored = [p for p in unscored if any(o in str(p) for o in only)]
    return out, unscored


def in_scope(code: str, scope: list[str]) -> bool:
    return any(code.startswith(s) for s in scope)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("only", nargs="*", help="score only fixture paths containing one of these")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss and false alarm")
    args = parser.parse_args(argv)

    from numlint.engine import Settings, lint
    from numlint.rules import all_rules

    found, expected, false = defaultdict(int), defaultdict(int), defaultdict(int)
    notes: list[str] = []
    todo, unscored = cases(args.only)
    for case in todo:
        path: Path = case["path"]
        rel = path.relative_to(ROOT)
        if not path.exists():
            notes.append(f"MISSING  {rel}")
            continue
        ref = date.fromisoformat(case["reference"]) if case["reference"] else None
        select = [c for c in all_rules() if in_scope(c, case["scope"])]
        try:
            diags = lint(path.read_text(encoding="utf-8"), path=str(path),
                         settings=Settings(select=select, reference_date=ref))
        except Exception as exc:   # a crash is a miss of everything expected, and is shown
            notes.append(f"CRASH    {rel}: {type(exc).__name__}: {exc}")
            diags = []
        got = [(d.code, d.line, d.message) for d in diags if in_scope(d.code, case["scope"])]
        pending = list(case["expected"])
        for code, line in pending:
            expected[code] += 1
        for code, line, message in got:
            hit = next((e for e in pending if e[0] == code and (e[1] is None or e[1] == line)), None)
            if hit is not None:
                pending.remove(hit)
                found[code] += 1
            elif any(e[0] == code and (e[1] is None or e[1] == line) for e in case["expected"]):
                continue            # a second report of a finding already matched
            else:
                false[code] += 1
                notes.append(f"FALSE    {rel}:{line} {code} {message}")
        for code, line in pending:
            notes.append(f"MISSED   {rel}:{line if line is not None else '?'} {code}")

    codes = sorted(set(expected) | set(false))
    print(f"{'code':8} {'expected':>8} {'found':>6} {'missed':>6} {'false':>6} {'recall':>7} {'precision':>9}")
    for code in codes:
        e, f, x = expected[code], found[code], false[code]
        rec = f"{f / e:.2f}" if e else "n/a"
        pre = f"{f / (f + x):.2f}" if f + x else "n/a"
        print(f"{code:8} {e:8} {f:6} {e - f:6} {x:6} {rec:>7} {pre:>9}")
    te, tf, tx = sum(expected.values()), sum(found.values()), sum(false.values())
    if args.verbose:
        print()
        for n in notes:
            print(n)
        for p in unscored:
            print(f"UNSCORED {p.relative_to(ROOT)}")
    rec = f"{tf / te:.2f}" if te else "n/a"
    pre = f"{tf / (tf + tx):.2f}" if tf + tx else "n/a"
    print(f"fixtures: recall {rec} precision {pre} (files {len(todo)}, unscored {len(unscored)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
