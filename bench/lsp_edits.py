"""Language-server re-lint time by kind of edit (CPU ms, median of 30 edits of bench.py's 10 KB
article), and whether each re-lint reports exactly what a cold lint of the same text reports.

    .venv/bin/python bench/lsp_edits.py [--profile KIND] [--no-check]
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402

URI = "file:///tmp/bench/article.md"


def edits(text: str) -> dict[str, list[str]]:
    """Thirty successive texts per kind, each one edit away from the one before."""
    paras = text.split("\n\n")
    mid = len(paras) // 2
    at = len("\n\n".join(paras[:mid])) + 2 + 40          # inside a middle paragraph
    out: dict[str, list[str]] = {}
    out["same length (bench)"] = [text.replace("25\u202f000", f"25\u202f{i:03d}", 1) for i in range(30)]
    typed, t = [], text
    for ch in "Près de 1 200 élèves de plus ":      # typing: the paragraph grows, later blocks shift
        t = t[:at] + ch + t[at:]
        at += 1
        typed.append(t)
    out["typing in a paragraph"] = typed[:30]
    back, t = [], typed[-1]
    for _ in range(30):                                # backspace
        at -= 1
        t = t[:at] + t[at + 1:]
        back.append(t)
    out["deleting characters"] = back
    ins = []
    for i in range(30):                                # a new line, then removed, alternately
        k = 1 + (i * 7) % (len(paras) - 1)
        line = f"Le conseil a voté {100 + i} millions d'euros pour {20 + i} communes."
        ins.append("\n\n".join(paras[:k] + [line] + paras[k:]) if i % 2 == 0 else text)
    out["insert / delete a line"] = ins
    dele = []
    for i in range(30):                                # a whole paragraph deleted, then back
        k = 1 + (i * 5) % (len(paras) - 1)
        dele.append("\n\n".join(paras[:k] + paras[k + 1:]) if i % 2 == 0 else text)
    out["delete a paragraph"] = dele
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--profile")
    ap.add_argument("--no-check", action="store_true")
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args(argv)
    from numlint.lsp import Linter
    text = bench.ten_kb_article(random.Random(3))
    for kind, texts in edits(text).items():
        linter = Linter()
        linter.lint(URI, text)
        times, bad = [], 0
        prof = cProfile.Profile() if args.profile and args.profile in kind else None
        for t in texts:
            if prof:
                prof.enable()
            t0 = time.process_time()
            got = linter.lint(URI, t)
            times.append(time.process_time() - t0)
            if prof:
                prof.disable()
            if not args.no_check and got != Linter().lint(URI, t):
                bad += 1
        print(f"{kind:<24} {statistics.median(times) * 1000:6.1f} ms  (max {max(times) * 1000:.1f})"
              + ("" if args.no_check else f"  {'identical to a cold lint' if not bad else f'{bad} DIFFER'}"))
        if prof:
            pstats.Stats(prof).strip_dirs().sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
