"""The grammar's readings of the token shapes articles meet, computed by Lark ahead of time.

Importing lark and building the LALR tables is about a fifth of a cold `numlint check`; most
articles meet only shapes read before. This table (grammar/numbers.plans.json) holds Lark's own
reading of those shapes, keyed by the SHA-256 of grammar/numbers.lark: once the grammar changes,
the table is ignored (Lark reads every shape again) and tests/test_plans.py fails until

    python -m numlint.figures.plans

writes it again, from a source checkout, with the project's fixtures and the benchmark's generated
articles. A shape not in the table is read by Lark, as before.
"""
from __future__ import annotations

import hashlib
import json
import sys

TABLE = "numbers.plans.json"


def grammar_digest() -> str:
    from numlint.resources import grammar_file
    return hashlib.sha256(grammar_file("numbers.lark").read_bytes()).hexdigest()


def load() -> dict[tuple[str, ...], dict | None]:
    """The shipped readings, or {} when the table is missing or was made for another grammar."""
    from numlint.resources import grammar_file
    try:
        data = json.loads(grammar_file(TABLE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("grammar_sha256") != grammar_digest():
        return {}
    return {tuple(types): plan for types, plan in data.get("plans", [])}


def _met_shapes() -> set[tuple[str, ...]]:
    """Every shape the figures stage asks the grammar about over the fixtures and generated articles."""
    import glob
    import tempfile
    from pathlib import Path

    from numlint import document, figures
    from numlint.figures import numbers

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "bench"))
    import bench
    asked: set[tuple[str, ...]] = set()
    real_plan = numbers.plan

    def spy(types):
        asked.add(tuple(types))
        return real_plan(types)
    numbers.plan = spy
    numbers._READINGS.clear()
    try:
        paths = [p for p in glob.glob(str(root / "fixtures" / "**" / "*"), recursive=True)
                 if p.endswith((".txt", ".md", ".html")) and "hostile" not in p]
        with tempfile.TemporaryDirectory() as tmp:
            paths += [str(p) for p in bench.make_corpus(Path(tmp), 300, seed=11)]
            paths += [str(p) for p in bench.make_corpus(Path(tmp), 100, seed=12, dense=True)]
            for p in paths:
                try:
                    figures.extract(document.read(p))
                except Exception:
                    continue
    finally:
        numbers.plan = real_plan
    return asked


def write() -> int:
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    if not (root / "bench" / "bench.py").is_file() or not (root / "grammar" / "numbers.lark").is_file():
        print("numlint.figures.plans: run from a source checkout (needs bench/ and fixtures/)", file=sys.stderr)
        return 2
    from numlint.figures import numbers
    from numlint.resources import grammar_file
    shapes = sorted(_met_shapes())
    rows = [[list(t), numbers.lark_plan(t)] for t in shapes]
    out = {"grammar_sha256": grammar_digest(), "plans": rows}
    path = grammar_file(TABLE)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(f"{len(rows)} shapes -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(write())
