"""The pipeline, one stage after another: document -> figures -> measures -> rules -> diagnostics."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from numlint import document, figures, measures, rules
from numlint.diagnostics import Diagnostic


@dataclass
class Settings:
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)   # per-rule override
    reference_date: date | None = None
    house_style: str | None = None
    lang: str = "fr"
    # per-file-ignores of the configuration: (glob, codes), globs relative to config_root
    per_file_ignores: list[tuple[str, list[str]]] = field(default_factory=list)
    config_root: str | None = None


class BlockCache:
    """The figures and measure stages' results per block, for the language server, which
    re-lints a whole article on every keystroke while one paragraph changes. Both stages read a
    block on its own (figures from its text alone, measures from its text, offset map and
    figures), so an unchanged block, even moved by an edit above it, reads the same. Rules still
    run over the whole article.

    The figures of a block are kept live, not copied: the next run hands out the same objects
    with their file positions, block, subject and qualifiers (all that the later stages or an
    edit above can change) set anew. So a caller that keeps the figures of one run past the next
    must copy them."""

    def __init__(self, limit: int = 4096):
        self.limit = limit
        self.figures: dict[tuple, _Live] = {}   # (text, segments from the block's start) -> figures
        self.measures: dict = {}                # measures.build's per-block readings
        self.run = 0
        self.francs: str | None = None          # the last run's kind of bare « francs »

    def extract(self, doc: document.Document) -> figures.Extraction:
        """What figures.extract(doc) gives, from the cache where a block was read before."""
        self.run += 1
        run = self.run
        out = figures.Extraction()
        for block in doc.blocks:
            segs = block.segments
            f0 = segs[0][1] if segs else 0
            key = (block.text, tuple([(t, f - f0) for t, f in segs]))
            live = self.figures.get(key)
            if live is None or live.run == run:     # new, or the same paragraph twice
                live = _Live(block, f0)
                self.figures.setdefault(key, live)
            else:
                live.place(block, f0)
            live.run = run
            out.masked += live.masked
            out.figures += live.figs
        # the document-level reading of bare « francs », as figures.extract makes it; it sets
        # each bare franc's unit afresh, and the measures read from the old unit are dropped
        francs = figures.settle_francs(out.figures, doc.source)
        if francs != self.francs:
            self.francs = francs
            self.measures.clear()
        if len(self.figures) > 2 * len(doc.blocks) + 64:
            # what the last two runs did not use is gone (edited paragraphs)
            self.figures = {k: v for k, v in self.figures.items() if v.run >= run - 1}
        if len(self.measures) >= self.limit:
            self.measures.clear()
        return out


class _Live:
    """One block's figures and masked spans at file offsets, with their offsets relative to the
    block's first character, so that the block can be placed anywhere in the file."""

    __slots__ = ("figs", "masked", "fresh", "rel", "run")

    def __init__(self, block, f0: int):
        figs, masked = figures.extract_text(block.text)
        for item in masked:
            _to_file(block, item)
        for fig in figs:
            _to_file(block, fig)
            for num in fig.numerals:
                num.start, num.end = _file_span(block, num.start, num.end)
        self.figs, self.masked, self.run = figs, masked, 0
        self.fresh = [(f, f.subject, list(f.qualifiers)) for f in figs]
        self.rel = [(o, o.start - f0, o.end - f0)
                    for o in [*masked, *figs, *(n for f in figs for n in f.numerals)]]

    def place(self, block, f0: int) -> None:
        for o, s, e in self.rel:
            o.start, o.end = s + f0, e + f0
        for m in self.masked:
            m.block = block
        for f, subject, qualifiers in self.fresh:   # the measure stage sets these two
            f.block, f.subject, f.qualifiers = block, subject, list(qualifiers)


# what figures.extract does to each block's findings (kept here: the cache places them itself)
def _file_span(block, s: int, e: int) -> tuple[int, int]:
    if e <= s:
        p = block.file_offset(s)
        return p, p
    return block.file_offset(s), block.file_offset(e - 1) + 1


def _to_file(block, item) -> None:
    item.block = block
    item.sentence = block.sentence_at(item.start)
    item.start, item.end = _file_span(block, item.start, item.end)


def analyse(doc: document.Document, cache: BlockCache | None = None):
    if cache is None:
        found = figures.extract(doc)
        return found, measures.build(doc, found.figures)
    found = cache.extract(doc)
    return found, measures.build(doc, found.figures, cache=cache.measures)


def lint_document(doc: document.Document, settings: Settings | None = None,
                  cache: BlockCache | None = None) -> list[Diagnostic]:
    settings = settings or Settings()
    found, measured = analyse(doc, cache)
    ctx = rules.Context(
        path=doc.path, format=doc.format, figures=found.figures, masked=found.masked,
        measures=measured, sections=doc.sections, published=doc.published,
        reference_date=settings.reference_date or doc.published,
        house_style=settings.house_style, lang=settings.lang,
    )
    out: list[Diagnostic] = []
    ignore = list(settings.ignore)
    if settings.per_file_ignores:
        from numlint.config import ignores_for
        ignore += ignores_for(doc.path, settings.per_file_ignores, settings.config_root)
    enabled = rules.selected(settings.select, ignore)
    for rule_cls in enabled:
        rule = rule_cls()
        for d in rule.check(ctx):
            out.append(d)
    out = _drop_contradicted_unsupported(out)
    if doc.comments:
        from numlint import suppression
        out = suppression.apply(doc, out, {r.code for r in enabled}, settings.lang)
    for d in out:
        d.severity = settings.severity.get(d.code, d.severity)
    return finish(doc, out)


def _drop_contradicted_unsupported(diags: list[Diagnostic]) -> list[Diagnostic]:
    """A headline figure NUM201 finds contradicted by the body is not also one « the text never
    gives » (NUM202): the editor would read two reports that deny each other."""
    contradicted = {(d.start, d.end) for d in diags if d.code == "NUM201"}
    if not contradicted:
        return diags
    return [d for d in diags if d.code != "NUM202" or (d.start, d.end) not in contradicted]


def finish(doc: document.Document, diags: list[Diagnostic]) -> list[Diagnostic]:
    """Resolve positions once, drop exact repeats, sort by place."""
    seen, out = set(), []
    for d in diags:
        key = (d.code, d.start, d.end, d.message)
        if key in seen:
            continue
        seen.add(key)
        d.line, d.column = doc.line_col(d.start)
        d.end_line, d.end_column = doc.line_col(d.end)
        d.source_line, d.source_col = _line_text(doc, d.line, d.column)
        for r in d.related:
            r.line, r.column = doc.line_col(r.start)
            r.end_line, r.end_column = doc.line_col(r.end)
            r.source_line, r.source_col = _line_text(doc, r.line, r.column)
        out.append(d)
    out.sort(key=Diagnostic.sort_key)
    return out


def _line_text(doc: document.Document, line: int, column: int) -> tuple[str, int]:
    """The source line (1-based) for reporters that show it, and the column its text starts
    at: a long line (minified HTML) is cut to a window around `column`."""
    starts = doc.lines.starts
    start = starts[line - 1]
    end = starts[line] - 1 if line < len(starts) else len(doc.source)
    first = 1
    if end - start > 500:
        first = max(1, column - 120)
        start, end = start + first - 1, min(end, start + first - 1 + 400)
    return doc.source[start:end].rstrip("\r"), first


def lint(text: str, path: str = "<stdin>", format: str | None = None,
         settings: Settings | None = None) -> list[Diagnostic]:
    """Lint one article given as text. The call to use from Dask, Spark or Ray."""
    return lint_document(document.parse(text, path=path, format=format), settings)
