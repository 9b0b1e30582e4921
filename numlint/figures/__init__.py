"""Stage 2: every figure of the document, read by the grammar, with exact file offsets.

Order matters: dates first (they hold years and ordinals of their own), then masking of what is
not a quantity (years, times, postal codes, road names…), then numbers on the masked text.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from numlint.document.model import Block, Document
from numlint.figures.model import Figure, Masked, Numeral
from numlint.lazyre import lazy_re


@dataclass
class Extraction:
    figures: list[Figure] = field(default_factory=list)
    masked: list[Masked] = field(default_factory=list)


def extract(doc: Document) -> Extraction:
    """Every block read on its own (engine.BlockCache does the same per block, for the editor)."""
    out = Extraction()
    read = extract_text
    figures_out, masked_out = out.figures, out.masked
    right = bisect.bisect_right
    for block in doc.blocks:
        figs, masked = read(block.text)
        if not figs and not masked:
            continue
        span, sentence = _span_map(block), _sentence_map(block)
        for item in masked:
            item.block = block
            item.sentence = sentence(item.start)
            item.start, item.end = span(item.start, item.end)
            masked_out.append(item)
        segs, size = block.segments, len(block.text)
        if len(segs) != 1 or not size:
            for fig in figs:
                fig.block = block
                fig.sentence = sentence(fig.start)
                fig.start, fig.end = span(fig.start, fig.end)
                for num in fig.numerals:
                    num.start, num.end = span(num.start, num.end)
                figures_out.append(fig)
            continue
        # the common block of one segment: _span_map's arithmetic and _sentence_map's search
        # written in the loop, without two calls per figure and one per numeral
        d = segs[0][1] - segs[0][0]
        starts = [st for st, _ in block.sentences]
        several = len(starts) > 1
        for fig in figs:
            fig.block = block
            s, e = fig.start, fig.end
            if several:
                k = right(starts, s) - 1
                fig.sentence = k if k > 0 else 0
            else:
                fig.sentence = 0
            a = (s if s < size else size) + d
            fig.start, fig.end = a, a if e <= s else (e if e <= size else size + 1) + d
            for num in fig.numerals:
                s, e = num.start, num.end
                a = (s if s < size else size) + d
                num.start, num.end = a, a if e <= s else (e if e <= size else size + 1) + d
            figures_out.append(fig)
    settle_francs(figures_out, doc.source)
    return out


# Bare « francs » reads as the French franc (FRF) per block; an article that names one kind of
# franc elsewhere (« francs suisses », « CHF », « francs CFA ») means that one by the bare word.
_FRANC_KINDS = frozenset({"CHF", "XOF", "XAF", "CDF", "GNF", "RWF", "BIF", "KMF", "DJF", "XPF"})
_BARE_FRANC = frozenset({"franc", "francs"})
# a qualifier the currency table does not know, right after « francs »: another kind of franc
_FRANC_QUALIFIER = lazy_re(
    r"[ \u00a0\u202f]{1,3}(fran[çc]ais|belges?|luxembourgeois|cfp|congolais|guin[ée]ens?|rwandais"
    r"|burundais|comoriens|djiboutiens|malgaches|pacifique|anciens|nouveaux|lourds|l[ée]gers"
    r"|constants|courants)\b", re.I)


def settle_francs(figs: list[Figure], source: str) -> tuple | None:
    """Give every bare « francs » the article's one qualified kind of franc, or FRF when it names
    none or several; and every bare « dinars » the article's one kind of dinar (settle_dinars).
    Sets the unit of each bare franc afresh (FRF or the kind), so that figures kept from an
    earlier run (engine.BlockCache) never carry another article's decision. Returns the units
    given to the bare francs and dinars (None: there are none)."""
    francs, dinars = _settle_francs(figs, source), settle_dinars(figs, source)
    return None if francs is None and dinars is None else (francs, dinars)


def _settle_francs(figs: list[Figure], source: str) -> str | None:
    bare, kinds = [], set()
    for fig in figs:
        unit = fig.unit
        if unit is None or not (unit == "FRF" or unit in _FRANC_KINDS):
            continue
        written = fig.unit_text.lower() if fig.unit_text else None
        if written in _BARE_FRANC:
            m = _FRANC_QUALIFIER.match(source, fig.end)
            if m is None:
                bare.append(fig)
                continue
            word = m.group(1).lower()
            kinds.add("FRF" if word.startswith("fran") else word)
        else:
            kinds.add(unit)
    if not bare:
        return None
    kind = next(iter(kinds)) if len(kinds) == 1 else "FRF"
    if kind not in _FRANC_KINDS:
        kind = "FRF"
    for fig in bare:
        fig.unit = kind
    return kind


# A bare « dinars » is of the article's one explicit kind of dinar (« 300 DA », « dinars
# algériens »), else of the kind an adjective names after the word (« le dinar algérien a
# reculé »), else of the country the article names most (« Biskra, Algérie »); else Tunisia's,
# whose press writes the word bare most (units.CURRENCY). Looked for only when a bare one is met.
_DINAR_KINDS = frozenset({"TND", "DZD", "LYD", "KWD", "IQD", "JOD", "RSD", "BHD"})
_BARE_DINAR = frozenset({"dinar", "dinars"})
_DINAR_ADJ = lazy_re(r"dinars?[ \u00a0\u202f]{1,3}(tunisien|alg[ée]rien|libyen|kowe[ïi]tien|irakien"
                     r"|jordanien|serbe|bahre[ïi]ni)")
_LAND_KIND = {"tun": "TND", "alg": "DZD", "lib": "LYD", "kow": "KWD", "ira": "IQD", "jor": "JOD",
              "ser": "RSD", "bah": "BHD"}
# the countries' names and adjectives, lowercased (« Alger », « Algérie », « algérien »)
_LANDS = (("TND", ("tunis",)), ("DZD", ("alger", "algér")), ("LYD", ("liby",)), ("IQD", ("irak",)),
          ("JOD", ("jordani",)), ("KWD", ("koweït", "koweit")), ("RSD", ("serb",)),
          ("BHD", ("bahreïn", "bahrein")))


def settle_dinars(figs: list[Figure], source: str) -> str | None:
    """Give every bare « dinars » the article's one kind of dinar, else TND; afresh, as francs."""
    bare, kinds = [], set()
    for fig in figs:
        if fig.unit in _DINAR_KINDS:
            if fig.unit_text and fig.unit_text.lower() in _BARE_DINAR:
                bare.append(fig)
            else:
                kinds.add(fig.unit)
    if not bare:
        return None
    low = source.lower() if not kinds else ""   # str methods: a few cycles a character
    i = low.find("dinar")
    while i >= 0:
        m = _DINAR_ADJ.match(low, i)
        if m:
            kinds.add(_LAND_KIND[m.group(1)[:3]])
        i = low.find("dinar", i + 5)
    if not kinds and low:
        named = sorted((sum(low.count(w) for w in stems), code) for code, stems in _LANDS)
        if named[-1][0] > named[-2][0]:
            kinds = {named[-1][1]}
    kind = next(iter(kinds)) if len(kinds) == 1 else "TND"
    for fig in bare:
        fig.unit = kind
    return kind


def _span_map(block: Block):
    """_file_span for one block, without a search or a call per offset for the common block of
    one segment (Block.file_offset: an index past the text maps just past its last character)."""
    segs, size = block.segments, len(block.text)
    if len(segs) != 1 or not size:
        return lambda s, e: _file_span(block, s, e)
    d = segs[0][1] - segs[0][0]

    def span(s: int, e: int) -> tuple[int, int]:
        a = (s if s < size else size) + d
        if e <= s:
            return a, a
        return a, (e if e <= size else size + 1) + d
    return span


def _sentence_map(block: Block):
    """Block.sentence_at for one block: the sentence starts listed once."""
    starts = [s for s, _ in block.sentences]
    if len(starts) <= 1:
        return lambda i: 0
    right = bisect.bisect_right

    def sentence(i: int) -> int:
        k = right(starts, i) - 1
        return k if k > 0 else 0       # max(0, k), without the call
    return sentence


def extract_text(text: str) -> tuple[list[Figure], list[Masked]]:
    """Figures and masked spans of one block of prose, offsets local to `text`."""
    conversions, dates, masking, numbers = _STAGES or _stages()
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


_STAGES: list = []


def _stages() -> list:
    """The readers extract_text calls, imported on first use (an import statement per block costs
    importlib's Python-level look-ups each time)."""
    from numlint.figures import conversions, dates, masking, numbers
    _STAGES[:] = [conversions, dates, masking, numbers]
    return _STAGES


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """Same-length filler over spans, so offsets stay valid (Grammalecte's masking)."""
    if not spans:
        return text
    parts, last = [], 0
    for s, e in sorted(spans):         # disjoint: dates, then masks clear of them
        if s < last:                   # (were two ever to overlap, blank what is left)
            s = last
        if s >= e:
            continue
        parts.append(text[last:s])
        parts.append(_NOT_SPACE.sub("_", text[s:e]))   # \S is exactly « not str.isspace() »
        last = e
    parts.append(text[last:])
    return "".join(parts)


_NOT_SPACE = lazy_re(r"\S")


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
