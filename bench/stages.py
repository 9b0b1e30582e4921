"""Where the time goes, stage by stage (CPU time, one core): document, figures, measures, rules.

    .venv/bin/python bench/stages.py                 # generated corpus of bench.py + the dev set
    .venv/bin/python bench/stages.py --profile figures --top 30

Throughput of a stage = bytes of input / CPU seconds of that stage alone (median of 3 runs).
"""
from __future__ import annotations

import argparse
import cProfile
import glob
import pstats
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def timed(fn, runs=3):
    ts = []
    for _ in range(runs):
        t = time.process_time()
        out = fn()
        ts.append(time.process_time() - t)
    return statistics.median(ts), out


def stages(paths: list[Path]) -> dict[str, float]:
    from numlint import document, engine, figures, measures, rules
    mb = sum(p.stat().st_size for p in paths) / 1e6
    td, docs = timed(lambda: [document.read(str(p)) for p in paths])
    [figures.extract(d) for d in docs[:5]]
    tf, found = timed(lambda: [figures.extract(d) for d in docs])
    tm, meas = timed(lambda: [measures.build(d, f.figures) for d, f in zip(docs, found)])
    settings = engine.Settings()

    def run_rules():
        out = []
        for d, f, m in zip(docs, found, meas):
            ctx = rules.Context(path=d.path, format=d.format, figures=f.figures, masked=f.masked,
                                measures=m, sections=d.sections, published=d.published,
                                reference_date=d.published, house_style=None, lang="fr")
            for rule_cls in rules.selected(settings.select, []):
                out += list(rule_cls().check(ctx))
        return out
    tr, _ = timed(run_rules)
    nfig = sum(len(f.figures) for f in found)
    return {"MB": mb, "figures/KB": nfig / mb / 1000, "document": mb / td, "figures": mb / tf,
            "extract (doc+fig)": mb / (td + tf), "measures": mb / tm, "rules": mb / tr,
            "check (all)": mb / (td + tf + tm + tr)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--dense", action="store_true", help="figure sentences only, as bench.py --dense")
    ap.add_argument("--profile", choices=("document", "figures", "measures"))
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="numlint-stages-") as tmp:
        gen = bench.make_corpus(Path(tmp), args.articles, dense=args.dense)
        sets = {"generated": gen}
        dev = [Path(p) for p in sorted(glob.glob(str(SHARED / "devset" / "articles" / "*")))
               if p.endswith((".txt", ".md", ".html"))]
        if dev:
            sets["devset"] = dev
        for name, paths in sets.items():
            r = stages(paths)
            print(f"{name:<10} {r['MB']:.2f} MB, {r['figures/KB']:.1f} figures/KB  " + "  ".join(
                f"{k} {v:.2f}" for k, v in r.items() if k not in ("MB", "figures/KB")) + "  (MB/s)")
        if args.profile:
            from numlint import document, figures, measures
            docs = [document.read(str(p)) for p in gen]
            found = [figures.extract(d) for d in docs]
            fn = {"document": lambda: [document.read(str(p)) for p in gen],
                  "figures": lambda: [figures.extract(d) for d in docs],
                  "measures": lambda: [measures.build(d, f.figures) for d, f in zip(docs, found)]}[args.profile]
            prof = cProfile.Profile()
            prof.enable()
            fn()
            prof.disable()
            pstats.Stats(prof).strip_dirs().sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
