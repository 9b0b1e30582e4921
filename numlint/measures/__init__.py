"""Stage 3: what each figure counts (subject, qualifiers, source, time, place) and how the
figures of an article relate (part of, total, share, change)."""
from __future__ import annotations

from numlint.document.model import Document
from numlint.figures.model import Figure
from numlint.measures.model import Measure


def build(doc: Document, figures: list[Figure]) -> list[Measure]:
    return [Measure(figure=f) for f in figures]


__all__ = ["Measure", "build"]
