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


def analyse(doc: document.Document):
    found = figures.extract(doc)
    return found, measures.build(doc, found.figures)


def lint_document(doc: document.Document, settings: Settings | None = None) -> list[Diagnostic]:
    settings = settings or Settings()
    found, measured = analyse(doc)
    ctx = rules.Context(
        path=doc.path, format=doc.format, figures=found.figures, masked=found.masked,
        measures=measured, sections=doc.sections, published=doc.published,
        reference_date=settings.reference_date or doc.published,
        house_style=settings.house_style, lang=settings.lang,
    )
    out: list[Diagnostic] = []
    for rule_cls in rules.selected(settings.select, settings.ignore):
        rule = rule_cls()
        for d in rule.check(ctx):
            d.severity = settings.severity.get(d.code, d.severity)
            out.append(d)
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
        for r in d.related:
            r.line, r.column = doc.line_col(r.start)
            r.end_line, r.end_column = doc.line_col(r.end)
        out.append(d)
    out.sort(key=Diagnostic.sort_key)
    return out


def lint(text: str, path: str = "<stdin>", format: str | None = None,
         settings: Settings | None = None) -> list[Diagnostic]:
    """Lint one article given as text. The call to use from Dask, Spark or Ray."""
    return lint_document(document.parse(text, path=path, format=format), settings)
