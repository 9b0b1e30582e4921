"""What the document stage produces: prose blocks whose every character maps back to the file."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date


class LineIndex:
    """Offsets (code points) to 1-based line/column, and to LSP's UTF-16 columns."""

    def __init__(self, source: str):
        self.source = source
        starts = [0]
        find = source.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self.starts = starts

    def line_col(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, len(self.source)))
        n = bisect.bisect_right(self.starts, offset) - 1
        return n + 1, offset - self.starts[n] + 1

    def utf16_col(self, offset: int) -> tuple[int, int]:
        """0-based (line, UTF-16 column) as LSP wants it."""
        line, col = self.line_col(offset)
        start = self.starts[line - 1]
        chunk = self.source[start:start + col - 1]
        if chunk.isascii():
            return line - 1, len(chunk)
        # characters beyond the BMP take two units; counted in C (a paragraph is one long line)
        return line - 1, len(chunk.encode("utf-16-le", "surrogatepass")) // 2

    def offset_of_utf16(self, line0: int, col16: int) -> int:
        if line0 >= len(self.starts):
            return len(self.source)
        start = self.starts[line0]
        i, units = start, 0
        while i < len(self.source) and units < col16 and self.source[i] != "\n":
            units += 2 if ord(self.source[i]) > 0xFFFF else 1
            i += 1
        return i


@dataclass
class Section:
    """The title, the lede, or the text under one heading."""
    kind: str                      # "title" | "lede" | "body"
    heading: str | None            # heading text; the title's text for title and lede
    index: int                     # 0 = title, 1 = lede, then one per heading
    blocks: list["Block"] = field(default_factory=list)


@dataclass
class Block:
    """One run of prose (a title, heading, paragraph or list item) with its offset map.

    `segments` is a sorted list of (text_index, file_offset): text[i] stands at
    file_offset + (i - text_index) for the last segment starting at or before i. A plain-text
    paragraph has one segment; entities and stripped markup start new ones. Kept as segments, not
    one int per character, so that a 50 MB file does not cost gigabytes.
    """
    kind: str                      # "title" | "lede" | "heading" | "paragraph" | "item"
    text: str
    segments: list[tuple[int, int]]
    section: Section | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)  # (start, end) in self.text
    index: int = 0                 # position of the block in Document.blocks

    def file_offset(self, i: int) -> int:
        """File offset of text index i (0 <= i <= len(text); len(text) maps past the last char)."""
        if i >= len(self.text) and self.text:
            return self.file_offset(len(self.text) - 1) + 1
        if len(self.segments) == 1:      # most blocks: one segment, no search
            t, f = self.segments[0]
            return f + (i - t)
        keys = self._keys
        n = bisect.bisect_right(keys, i) - 1
        t, f = self.segments[max(n, 0)]
        return f + (i - t)

    @property
    def _keys(self) -> list[int]:
        k = self.__dict__.get("_k")
        if k is None:
            k = self.__dict__["_k"] = [t for t, _ in self.segments]
        return k

    def sentence_at(self, i: int) -> int:
        """Index of the sentence holding text index i."""
        # the starts are cached: a 2 MB one-line file is one block of many sentences
        cached = self.__dict__.get("_sent_starts")
        if cached is None or cached[0] is not self.sentences or cached[1] != len(self.sentences):
            cached = self.__dict__["_sent_starts"] = (self.sentences, len(self.sentences),
                                                      [s for s, _ in self.sentences])
        return max(0, bisect.bisect_right(cached[2], i) - 1)


@dataclass
class Comment:
    """A comment of the file (<!-- … -->, or in text a line starting with # or //)."""
    text: str                      # the comment's inner text, stripped
    start: int                     # file offsets of the whole comment
    end: int


@dataclass
class Document:
    path: str
    source: str                    # the decoded file text; all offsets point into it
    format: str                    # "text" | "markdown" | "html"
    blocks: list[Block]
    sections: list[Section]
    published: date | None = None  # front matter date:, article:published_time, <time datetime>
    comments: list[Comment] = field(default_factory=list)

    def __post_init__(self):
        self.lines = LineIndex(self.source)

    @property
    def title(self) -> Block | None:
        """The on-page title: the last block of the title section, which may open with the
        page title (HTML <title>, front matter `title:`) when that is another headline."""
        first = next((b for b in self.blocks if b.kind == "title"), None)
        return first.section.blocks[-1] if first is not None and first.section is not None else first

    def line_col(self, offset: int) -> tuple[int, int]:
        return self.lines.line_col(offset)
