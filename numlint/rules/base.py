"""The unit every rule is: a code, a name, a severity, docs with examples, and a check."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from typing import Iterable, Iterator

from numlint.diagnostics import Diagnostic, Related
from numlint.figures.model import Figure, Masked
from numlint.measures.model import Measure


@dataclass
class Context:
    """Everything a rule may look at. Figures and measures, never raw text."""
    path: str
    format: str
    figures: list[Figure]
    masked: list[Masked]
    measures: list[Measure]
    sections: list                 # document.model.Section, for section kinds and headings
    published: date | None = None
    reference_date: date | None = None   # --reference-date, else published
    house_style: str | None = None       # "fr-FR" | "fr-BE" | "fr-CH"
    lang: str = "fr"
    cache: dict = field(default_factory=dict)   # for stages shared by several rules (reference year)

    def measure_of(self, figure: Figure) -> Measure | None:
        index = self.cache.get("_measure_index")
        if index is None:
            index = self.cache["_measure_index"] = {id(m.figure): m for m in self.measures}
        return index.get(id(figure))

    def figures_of(self, kind: str) -> list[Figure] | tuple:
        """The figures of one kind, in text order: sorted by kind in one pass per article, for the
        rules that look at dates, durations or quantities only (do not change the list)."""
        by = self.cache.get("_figures_by_kind")
        if by is None:
            by = self.cache["_figures_by_kind"] = {}
            for f in self.figures:
                k = f.kind
                if k in by:
                    by[k].append(f)
                else:
                    by[k] = [f]
        return by.get(kind, ())

    def in_headlines(self) -> list[Measure]:
        """The measures of the title, the standfirst and the headings, in text order: listed once
        per article (the headline rules start from them; most measures are in the body)."""
        found = self.cache.get("_in_headlines")
        if found is None:
            found = self.cache["_in_headlines"] = [
                m for m in self.measures
                if m.figure.block is not None and m.figure.block.kind in ("title", "lede", "heading")]
        return found

    def of_kinds(self, kinds: tuple[str, ...]) -> list[Measure]:
        """The measures whose figure is of one of `kinds`, in text order: listed once per article,
        for the rules that compare a figure with every other of its kind."""
        key = ("_of_kinds", kinds)
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = [m for m in self.measures if m.figure.kind in kinds]
        return found


class Rule:
    """Subclasses set the class attributes and write `check`.

    The docstring is the rule's documentation (French first, then English after a line
    `---`): `numlint explain` prints it. `fires` and `quiet` are whole little articles (plain
    text: first line is the title) on which the rule must, and must not, report; the test suite
    runs every one of them. An example that needs "today" is a tuple (article, "YYYY-MM-DD").
    """
    code: str = ""
    name: str = ""
    severity: str = "warning"
    enabled_by_default: bool = True
    fires: tuple[str | tuple[str, str], ...] = ()
    quiet: tuple[str | tuple[str, str], ...] = ()

    def check(self, ctx: Context) -> Iterable[Diagnostic]:
        raise NotImplementedError

    def diagnostic(self, ctx: Context, at: Figure | Masked | tuple[int, int], fr: str, en: str,
                   related: Iterable[tuple[Figure | Masked | tuple[int, int], str, str]] = ()) -> Diagnostic:
        """A finding at `at`, message in the reader's language; related spans likewise."""
        start, end = _span(at)
        rel = []
        for other, rfr, ren in related:
            s, e = _span(other)
            rel.append(Related(s, e, rfr if ctx.lang == "fr" else ren))
        return Diagnostic(code=self.code, rule=self.name, severity=self.severity,
                          message=fr if ctx.lang == "fr" else en, start=start, end=end,
                          related=rel, path=ctx.path)

    @classmethod
    def docs(cls, lang: str = "fr") -> str:
        return _docs(cls, lang)


@lru_cache(maxsize=256)
def _docs(cls, lang: str) -> str:
    """Kept: the language server asks for every diagnostic of every re-lint."""
    text = (cls.__doc__ or "").strip("\n")
    lines = text.splitlines()
    indent = min((len(l) - len(l.lstrip()) for l in lines[1:] if l.strip()), default=0)
    text = "\n".join([lines[0].strip()] + [l[indent:] for l in lines[1:]]) if lines else ""
    fr, _, en = text.partition("\n---\n")
    return (en if lang == "en" and en.strip() else fr).strip()


def _span(at) -> tuple[int, int]:
    if isinstance(at, tuple):
        return at
    return at.start, at.end


def iter_pairs(items: list) -> Iterator[tuple]:
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            yield a, b
