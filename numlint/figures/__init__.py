"""Stage 2: every figure of the document, read by the grammar, with exact file offsets.

Order matters: dates first (they hold years and ordinals of their own), then masking of what is
not a quantity (years, times, postal codes, road names…), then numbers on the masked text.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from numlint.document.model import Block, Document
from numlint.figures.model import Figure, Masked, Numeral


@dataclass
class Extraction:
    figures: list[Figure] = field(default_factory=list)
    masked: list[Masked] = field(default_factory=list)


def extract(doc: Document, read=None) -> Extraction:
    """`read` stands in for extract_text (the language server's per-block cache, engine.BlockCache)."""
    out = Extraction()
    read = read or extract_text
    for block in doc.blocks:
        figs, masked = read(block.text)
        for item in masked:
            _to_file(block, item)
            out.masked.append(item)
        for fig in figs:
            _to_file(block, fig)
            for num in fig.numerals:
                num.start, num.end = _file_span(block, num.start, num.end)
            out.figures.append(fig)
    return out


def extract_text(text: str) -> tuple[list[Figure], list[Masked]]:
    """Figures and masked spans of one block of prose, offsets local to `text`."""
    from numlint.figures import conversions, dates, masking, numbers
    found = dates.find(text)
    taken = sorted((f.start, f.end) for f in found)
    masked = [m for m in masking.find(text) if not _overlaps(m.start, m.end, taken)]
    blanked = _blank(text, taken + [(m.start, m.end) for m in masked])
    found += numbers.find(blanked)
    found.sort(key=lambda f: (f.start, -f.end))
    kept, last_end = [], -1
    for f in found:             # earlier and longer first; nothing may overlap
        if f.start >= last_end:
            kept.append(f)
            last_end = f.end
    for f in kept:
        f.text = text[f.start:f.end]
    conversions.link(text, kept)
    dates.annotate(text, kept, masked)   # cue words for NUM4xx (« il y a », « né en », « âgé de »)
    return kept, masked


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """Same-length filler over spans, so offsets stay valid (Grammalecte's masking)."""
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if not chars[i].isspace():
                chars[i] = "_"
    return "".join(chars)


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    """Does [s, e) meet one of `spans` (sorted by start, not overlapping each other)?"""
    i = bisect.bisect_left(spans, (e, -1)) - 1     # the last span starting before e
    return i >= 0 and spans[i][1] > s


def _file_span(block: Block, s: int, e: int) -> tuple[int, int]:
    if e <= s:
        p = block.file_offset(s)
        return p, p
    return block.file_offset(s), block.file_offset(e - 1) + 1


def _to_file(block: Block, item) -> None:
    item.block = block
    item.sentence = block.sentence_at(item.start)
    item.start, item.end = _file_span(block, item.start, item.end)


__all__ = ["Extraction", "Figure", "Masked", "Numeral", "extract", "extract_text"]
