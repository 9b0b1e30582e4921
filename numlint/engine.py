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
    figures), so an unchanged block, even moved by an edit above it, reads the same: the cache
    gives fresh copies of what it read then. Rules still run over the whole article."""

    def __init__(self, limit: int = 4096):
        self.limit = limit
        self.figures: dict[str, tuple] = {}     # block text -> (figures, masked), local offsets
        self.measures: dict = {}                # measures.build's per-block readings

    def read(self, text: str):
        from numlint.figures import extract_text
        hit = self.figures.get(text)
        if hit is None:
            figs, masked = extract_text(text)
            if len(self.figures) >= self.limit:
                self.figures.clear()
            self.figures[text] = _copy_found(figs, masked)
            return figs, masked
        return _copy_found(*hit)

    def trim(self) -> None:
        if len(self.measures) >= self.limit:
            self.measures.clear()


def _copy_found(figs, masked):
    """Copies deep enough that the later stages (which set offsets, blocks, subjects) never touch
    the cached originals: figures, their numerals, masked spans; conversion links follow."""
    new_of: dict[int, object] = {}
    out = []
    for f in figs:
        g = object.__new__(type(f))
        g.__dict__.update(f.__dict__)
        g.numerals = [_shallow(n) for n in f.numerals]
        g.qualifiers = list(f.qualifiers)
        new_of[id(f)] = g
        out.append(g)
    for g in out:
        if g.conversion_of is not None:
            g.conversion_of = new_of.get(id(g.conversion_of), g.conversion_of)
    return out, [_shallow(m) for m in masked]


def _shallow(obj):
    new = object.__new__(type(obj))
    new.__dict__.update(obj.__dict__)
    return new


def analyse(doc: document.Document, cache: BlockCache | None = None):
    if cache is None:
        found = figures.extract(doc)
        return found, measures.build(doc, found.figures)
    found = figures.extract(doc, read=cache.read)
    cache.trim()
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
    if doc.comments:
        from numlint import suppression
        out = suppression.apply(doc, out, {r.code for r in enabled}, settings.lang)
    for d in out:
        d.severity = settings.severity.get(d.code, d.severity)
    return finish(doc, out)


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
