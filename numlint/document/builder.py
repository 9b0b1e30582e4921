"""Shared by the three readers: prose text with its offset map, and the section bookkeeping."""
from __future__ import annotations

import re

from numlint.document.model import Block, Section
from numlint.document.sentences import split as split_sentences
from numlint.lazyre import lazy_re


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
_DATELINE = lazy_re(
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

    def add(self, kind: str, text: str, segments: list[tuple[int, int]],
            join: bool = False) -> Block | None:
        """`join`: a second title block (the on-page title after the page title) goes in the
        title section already open, which then takes its text as heading."""
        if not text.strip():
            return None
        if kind == "lede" and dateline(text):
            kind = "paragraph"      # the body's first paragraph: the article has no standfirst
        if kind == "title" and join and self.sections and self.sections[-1].kind == "title":
            self.title = text
            section = self.sections[-1]
            section.heading = text
        elif kind == "title":
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

    def add_headlines(self, page: tuple[str, list[tuple[int, int]]],
                      onpage: tuple[str, list[tuple[int, int]]]) -> None:
        """The page title (HTML <title>, front matter `title:`) and the on-page title, both read
        by the public: the page title is a title block of its own when it is another headline
        with a figure, in the same title section, before the on-page title (file order)."""
        text, segments = onpage
        ptext, psegs = page
        cut = second_headline(ptext, text) if text.strip() else None
        first = self.add("title", *sub(ptext, psegs, *cut)) if cut is not None else None
        self.add("title", text, segments, join=first is not None)


# A page title ends (or opens) with the site's name: « Titre | Le Monde », « Titre - Ouest-France ».
_SITE_SEPS = (" | ", " — ", " – ", " - ")
_NUMBER_WORDS = ("million", "milliard")


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").split()).casefold().strip(" .!?…")


def _site_name(s: str, pipe: bool) -> bool:
    """Short enough to be a site's name, no colon; without digits (« — 1 200 trains annulés »,
    « | 92 000 spectateurs » are a headline's half) but « | France 24 », « | 20 Minutes »."""
    s = s.strip()
    words = len(s.split())
    if not (0 < len(s) <= 40 and words <= 5) or ":" in s:
        return False
    return not any(c.isdigit() for c in s) or (pipe and words <= 2)


def second_headline(page: str, onpage: str) -> tuple[int, int] | None:
    """(start, end) in `page` of a headline other than `onpage`, the site's name cut off; None
    when `page` is the same headline (whitespace, case, a site name or an ellipsis aside), only
    a site name, or has no figure to check (no block: nothing counted twice)."""
    target = _norm(onpage)
    if not target or _norm(page) == target:
        return None
    # « Titre | Site », « Site : Titre »: either side of a separator equal to the on-page title
    for sep in _SITE_SEPS + (" : ",):
        i, k = page.find(sep), 0
        while i != -1 and k < 8:
            if _norm(page[:i]) == target or _norm(page[i + len(sep):]) == target:
                return None
            i, k = page.find(sep, i + 1), k + 1
    a, b = 0, len(page)
    for sep in _SITE_SEPS:
        i = page.rfind(sep, a, b)
        if i != -1 and _site_name(page[i + len(sep):b], sep == " | "):
            b = i
        i = page.find(sep, a, b)
        if sep == " | " and i != -1 and _site_name(page[a:i], True):
            a = i + len(sep)
    kept = _norm(page[a:b])
    if len(kept.split()) < 3 or kept == target:     # a site's name (« France 24 »), no headline
        return None
    if page[a:b].rstrip().endswith(("…", "...")) and target.startswith(kept.rstrip(". …")):
        return None         # the on-page title, cut short by the page's length limit
    low = page[a:b].lower()
    if not any(c.isdigit() for c in low) and not any(w in low for w in _NUMBER_WORDS):
        return None         # no figure: nothing a headline rule could check
    while a < b and page[a].isspace():
        a += 1
    while b > a and page[b - 1].isspace():
        b -= 1
    return a, b
