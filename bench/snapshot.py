"""Everything numlint says about a fixed body of text, one line per item, for diffing two versions.

    .venv/bin/python bench/snapshot.py /tmp/before.txt
    ... change the code ...
    .venv/bin/python bench/snapshot.py /tmp/after.txt && diff /tmp/before.txt /tmp/after.txt

Speed work must leave this byte-identical: every figure (offsets, kind, value, bounds, unit,
qualifiers), every measure (subject, roles) and every diagnostic, over the project's fixtures, the
seeds and dev set beside the project, and the peers' inputs, when they are present.
"""
from __future__ import annotations

import glob
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def sources() -> list[Path]:
    pats = [ROOT / "fixtures" / "**" / "*", SHARED / "devset" / "articles" / "*", SHARED / "seeds" / "*"]
    out = []
    for pat in pats:
        out += [Path(p) for p in glob.glob(str(pat), recursive=True)
                if p.endswith((".txt", ".md", ".html")) and "hostile" not in p]
    return sorted(set(out))


def peer_inputs() -> list[str]:
    out = []
    for p in sorted(glob.glob(str(SHARED / "peers" / "*.jsonl"))):
        for line in open(p, encoding="utf-8"):
            out.append(json.loads(line)["input"])
    return out


def fig_line(f) -> str:
    d = {k: v for k, v in vars(f).items() if k not in ("block", "conversion_of")}
    d["conversion_of"] = f.conversion_of.start if f.conversion_of is not None else None
    d["numerals"] = [vars(n) for n in f.numerals]
    return repr(sorted(d.items()))


def measure_line(m) -> str:
    d = {k: (sorted(v) if isinstance(v, (set, frozenset)) else v) for k, v in vars(m).items() if k != "figure"}
    return repr(sorted(d.items()))


def main(out_path: str) -> int:
    import numlint
    from numlint import document, engine
    from numlint.figures import extract_text
    lines = []
    for path in sources():
        try:
            doc = document.read(str(path))
        except Exception as e:             # hostile fixtures belong elsewhere; say, don't stop
            lines.append(f"{path}\tunreadable\t{type(e).__name__}")
            continue
        name = str(path).replace(str(SHARED), "shared").replace(str(ROOT), ".")
        found, measures = engine.analyse(doc)
        for m in measures:
            f = m.figure
            lines.append(f"{name}\tF\t{fig_line(f)}\t{measure_line(m)}")
        for m in found.masked:
            lines.append(f"{name}\tM\t{m.start}\t{m.end}\t{m.kind}\t{m.value}\t{m.cues}")
        for d in numlint.lint(path.read_text("utf-8-sig"), path=str(path)):
            lines.append(f"{name}\tD\t{d!r}".replace(str(ROOT), ".").replace(str(SHARED), "shared"))
    for i, text in enumerate(peer_inputs()):
        figs, masked = extract_text(text)
        for f in figs:
            lines.append(f"peer{i}\t{fig_line(f)}")
        for m in masked:
            lines.append(f"peer{i}\tM\t{m.start}\t{m.end}\t{m.kind}")
    Path(out_path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"snapshot: {len(lines)} lines -> {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
