"""Markdown articles through markdown-it-py: block structure from the tokens' line maps, then each
inline token located in the source lines so that stripped markup leaves exact offsets."""
from __future__ import annotations

import re

from numlint.document.builder import Builder, Span
from numlint.document.model import Comment, LineIndex

_FM_LINE = re.compile(r"[ \t]{0,8}([A-Za-z_][\w-]{0,40})[ \t]{0,8}:[ \t]{0,8}(.{0,500}?)[ \t]{0,8}$")


def front_matter(source: str) -> tuple[int, dict[str, tuple[str, int]]]:
    """(end offset, {key: (value, value offset)}) of a leading `---` YAML block; (0, {}) if none.
    Only `key: value` lines: enough for date and title, and no YAML import at start-up."""
    if not (source.startswith("---\n") or source.startswith("---\r\n")):
        return 0, {}
    fields: dict[str, tuple[str, int]] = {}
    i = source.index("\n") + 1
    while i < len(source):
        j = source.find("\n", i)
        j = len(source) if j == -1 else j
        line = source[i:j].rstrip("\r")
        if line.rstrip() in ("---", "..."):
            return min(j + 1, len(source)), fields
        m = _FM_LINE.match(line)
        if m:
            value, at = m.group(2), i + m.start(2)
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value, at = value[1:-1], at + 1
            fields.setdefault(m.group(1).lower(), (value, at))
        i = j + 1
    return 0, {}                 # never closed: not front matter


_PARSER = None


def _parser():
    """One markdown-it instance (building one costs milliseconds), imported on first use."""
    global _PARSER
    if _PARSER is None:
        from markdown_it import MarkdownIt
        md = MarkdownIt("commonmark")
        md.disable("text_join")  # keep entities and escapes apart, each with its raw markup
        _PARSER = md
    return _PARSER


def parse(source: str) -> tuple[Builder, list[Comment], str | None]:
    fm_end, fields = front_matter(source)
    md = _parser()
    body = "\n" * source.count("\n", 0, fm_end) + source[fm_end:]
    tokens = md.parse(body)

    lines = LineIndex(source)
    starts = lines.starts

    def line_start(n: int) -> int:
        return starts[n] if n < len(starts) else len(source)

    builder = Builder()
    comments: list[Comment] = []
    in_item = 0
    in_quote = 0
    have_title = False
    lede_open = False            # the next paragraph is the lede
    pending: str | None = None   # kind of the block whose inline token comes next
    for tok in tokens:
        t = tok.type
        if t == "list_item_open":
            in_item += 1
        elif t == "list_item_close":
            in_item -= 1
        elif t == "blockquote_open":
            in_quote += 1
        elif t == "blockquote_close":
            in_quote -= 1
        elif t == "heading_open":
            if tok.tag == "h1" and not have_title:
                pending, have_title, lede_open = "title", True, True
            else:
                pending, lede_open = "heading", False
        elif t == "paragraph_open":
            if in_item:
                pending = "item"
            elif in_quote:
                pending = "paragraph"
            elif lede_open:
                pending = "lede"
            elif not have_title and "title" in fields and not builder.blocks:
                _title_from_front_matter(builder, source, fields["title"])
                have_title, pending = True, "lede"
            else:
                pending = "paragraph"
            lede_open = False
        elif t == "inline" and pending and tok.map:
            a, b = line_start(tok.map[0]), line_start(tok.map[1])
            span = Span()
            _inline(source, tok.children or [], a, b, span, comments)
            builder.add_span(pending, span)
            pending = None
        elif t == "html_block" and tok.map:
            _html_comments(source, line_start(tok.map[0]), line_start(tok.map[1]), comments)
    published = fields["date"][0] if "date" in fields else None
    return builder, comments, published


def _title_from_front_matter(builder: Builder, source: str, field: tuple[str, int]) -> None:
    value, at = field
    span = Span()
    span.add_verbatim(source, at, at + len(value))
    builder.add_span("title", span)


def _inline(source: str, children, cursor: int, end: int, span: Span,
            comments: list[Comment]) -> None:
    """Locate each inline token in source[cursor:end]; the cursor only moves forward (linear)."""
    for c in children:
        t = c.type
        if t == "text" or t == "code_inline":
            s = c.content
            if not s:
                continue
            p = source.find(s, cursor, end)
            if p == -1:
                continue           # never expected; better lose a piece than misplace it
            span.add_verbatim(source, p, p + len(s))
            cursor = p + len(s)
        elif t == "text_special":
            raw = c.markup or c.content
            p = source.find(raw, cursor, end)
            if p == -1:
                continue
            if raw.startswith("\\"):       # an escape: the character itself stands after the \
                span.add_verbatim(source, p + 1, p + len(raw))
            else:                          # an entity
                span.add_decoded(c.content, p, len(raw))
            cursor = p + len(raw)
        elif t in ("softbreak", "hardbreak"):
            p = source.find("\n", cursor, end)
            if p != -1:
                span.add_verbatim(source, p, p + 1)
                cursor = p + 1
        elif t == "html_inline":
            s = c.content
            p = source.find(s, cursor, end)
            if p == -1:
                continue
            if s.startswith("<!--"):
                comments.append(Comment(s[4:-3].strip() if s.endswith("-->") else s[4:].strip(),
                                        p, p + len(s)))
            elif s[:3].lower() == "<br":
                span.add_decoded(" ", p, len(s))
            cursor = p + len(s)
        elif t == "link_close":
            cursor = _skip_destination(source, cursor, end)
        elif t == "image":
            p = source.find("![", cursor, end)
            if p != -1:
                cursor = _skip_destination(source, source.find("]", p, end), end)


def _skip_destination(source: str, i: int, end: int) -> int:
    """Past the `](url "title")` or `][ref]` that closes a link, starting at or near its `]`."""
    if i < 0:
        return end
    k = 0
    while i < end and k < 4 and source[i] in "*_~`":   # closing emphasis inside the link text
        i += 1
        k += 1
    if i >= end or source[i] != "]":
        return i
    i += 1
    if i < end and source[i] == "(":
        depth = 0
        while i < end:
            ch = source[i]
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    return i + 1
            elif ch == "\n" and source.startswith("\n", i + 1):
                break
            i += 1
        return i
    if i < end and source[i] == "[":
        j = source.find("]", i, end)
        return end if j == -1 else j + 1
    return i


def _html_comments(source: str, a: int, b: int, comments: list[Comment]) -> None:
    i = source.find("<!--", a, b)
    while i != -1:
        j = source.find("-->", i + 4, b)
        stop = b if j == -1 else j + 3
        inner = source[i + 4:(j if j != -1 else b)].strip()
        comments.append(Comment(inner, i, stop))
        i = source.find("<!--", stop, b)
