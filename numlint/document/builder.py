"""Shared by the three readers: prose text with its offset map, and the section bookkeeping."""
from __future__ import annotations

import re

from numlint.document.model import Block, Section
from numlint.document.sentences import split as split_sentences


class Span:
    """Prose being collected: characters and the (text_index, file_offset) segments of Block."""

    __slots__ = ("parts", "length", "segments", "_next")

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0
        self.segments: list[tuple[int, int]] = []
        self._next = -1             # file offset that would continue the last segment

    def add_verbatim(self, source: str, start: int, end: int) -> None:
        """source[start:end], dropping a CRLF's \\r (never prose); a lone \\r (an old Mac line
        end) is read as a space, so the words it separates stay apart."""
        i = start
        while i < end:
            j = source.find("\r", i, end)
            if j == -1:
                self._add_run(source[i:end], i)
                return
            if j > i:
                self._add_run(source[i:j], i)
            if source.startswith("\n", j + 1):
                i = j + 1
            else:
                self._add_run(" ", j)
                i = j + 1

    def add_decoded(self, s: str, offset: int, src_len: int) -> None:
        """`s` decodes the src_len characters at `offset` (an entity, a <br>): its own segment."""
        if not s:
            return
        self.segments.append((self.length, offset))
        self.parts.append(s)
        self.length += len(s)
        # what follows continues this segment only if the decoded text is as long as its source
        self._next = offset + len(s) if src_len == len(s) else -1

    def _add_run(self, s: str, offset: int) -> None:
        if offset != self._next:
            self.segments.append((self.length, offset))
        self.parts.append(s)
        self.length += len(s)
        self._next = offset + len(s)

    def result(self) -> tuple[str, list[tuple[int, int]]]:
        """Text and segments with surrounding whitespace trimmed."""
        text = "".join(self.parts)
        a, b = 0, len(text)
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        return sub(text, self.segments, a, b)


def sub(text: str, segments: list[tuple[int, int]], a: int, b: int
        ) -> tuple[str, list[tuple[int, int]]]:
    """text[a:b] with its segments."""
    if a == 0 and b == len(text):
        return text, list(segments)
    out = []
    for k, (t, f) in enumerate(segments):
        t_end = segments[k + 1][0] if k + 1 < len(segments) else len(text)
        lo, hi = max(t, a), min(t_end, b)
        if lo < hi:
            out.append((lo - a, f + lo - t))
    return text[a:b], out


# A dateline (« ABIDJAN — », « BERNE (Suisse) — », « Lyon, 12 mai (AFP) — ») opens the body's
# first paragraph, never a standfirst. A place in capitals may stand alone; a place in lower
# case only with a date or a parenthesis (« Le maire — qui… » is no dateline). Bounded: linear.
_UP = "A-ZÀ-ÖØ-Þ"
_CAPS_PLACE = rf"[{_UP}][{_UP}'’-]{{1,30}}(?: [{_UP}][{_UP}'’-]{{0,30}}){{0,3}}"
_PLACE = (rf"[{_UP}][\w'’-]{{1,30}}(?: (?:[{_UP}][\w'’-]{{0,30}}|d[eu]s?|la|le|l[’']|sur|en)){{0,3}}")
_MONTH = "(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
_DATE = (r",? (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?"
         rf"\d{{1,2}}(?:er)? {_MONTH}(?: \d{{4}})?")
_PAREN = r" ?\([^()\n]{1,40}\)"
_DASH = r" ?(?:—|–|--?) "
_DATELINE = re.compile(
    rf"(?:{_CAPS_PLACE}(?:{_DATE})?(?:{_PAREN}){{0,2}}"
    rf"|{_PLACE}(?:{_DATE}(?:{_PAREN}){{0,2}}|(?:{_PAREN}){{1,2}})){_DASH}")


def dateline(text: str) -> bool:
    """Does the block open with a news agency's dateline?"""
    return _DATELINE.match(text[:160]) is not None


_SENTENCES: dict[str, list[tuple[int, int]]] = {}


def _sentences(text: str) -> list[tuple[int, int]]:
    """split_sentences, kept per text: the language server re-reads the same paragraphs."""
    if len(text) > 4000:             # kept small: check runs over whole archives
        return split_sentences(text)
    hit = _SENTENCES.get(text)
    if hit is None:
        if len(_SENTENCES) >= 4096:
            _SENTENCES.clear()
        hit = _SENTENCES[text] = split_sentences(text)
    return list(hit)


class Builder:
    """Blocks and sections in reading order: title, lede, then one section per heading."""

    def __init__(self):
        self.blocks: list[Block] = []
        self.sections: list[Section] = []
        self.title: str | None = None
        self.current: Section | None = None

    def add(self, kind: str, text: str, segments: list[tuple[int, int]]) -> Block | None:
        if not text.strip():
            return None
        if kind == "lede" and dateline(text):
            kind = "paragraph"      # the body's first paragraph: the article has no standfirst
        if kind == "title":
            self.title = text
            section = Section("title", text, len(self.sections))
            self.sections.append(section)
            self.current = None
        elif kind == "lede":
            section = Section("lede", self.title, len(self.sections))
            self.sections.append(section)
            self.current = None
        elif kind == "heading":
            section = Section("body", text, len(self.sections))
            self.sections.append(section)
            self.current = section
        else:
            if self.current is None:
                self.current = Section("body", None, len(self.sections))
                self.sections.append(self.current)
            section = self.current
        block = Block(kind, text, segments, section=section, index=len(self.blocks))
        block.sentences = _sentences(text)
        section.blocks.append(block)
        self.blocks.append(block)
        return block

    def add_span(self, kind: str, span: Span) -> Block | None:
        text, segments = span.result()
        return self.add(kind, text, segments)
