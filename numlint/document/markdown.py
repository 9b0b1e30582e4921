"""Markdown articles through markdown-it-py: block structure from the tokens' line maps, then each
inline token located in the source lines so that stripped markup leaves exact offsets."""
from __future__ import annotations

import re

from numlint.document.builder import Builder, Span
from numlint.document.model import Comment, LineIndex
from numlint.lazyre import lazy_re

_FM_LINE = lazy_re(r"[ \t]{0,8}([A-Za-z_][\w-]{0,40})[ \t]{0,8}:[ \t]{0,8}(.{0,500}?)[ \t]{0,8}$")


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


def parse(source: str, reuse: bool = False) -> tuple[Builder, list[Comment], str | None]:
    """`reuse` (the language server): the body is cut into chunks that CommonMark reads on their
    own, and a chunk seen before is not parsed again."""
    fm_end, fields = front_matter(source)
    body = "\n" * source.count("\n", 0, fm_end) + source[fm_end:]
    lines = LineIndex(source)
    starts = lines.starts

    def line_start(n: int) -> int:
        return starts[n] if n < len(starts) else len(source)

    chunks = _chunks(body) if reuse else None
    if chunks is None:
        events = _events(_parser().parse(body), source, line_start)
    else:
        events = []
        bstarts = LineIndex(body).starts + [len(body)]
        for first, last in chunks:
            a, b = line_start(first), line_start(last)
            key = (body[bstarts[first]:bstarts[last]], source[a:b])
            hit = _CHUNKS.get(key)
            if hit is None:
                chunk = key[1]
                cl = LineIndex(chunk).starts
                hit = _events(_parser().parse(key[0]), chunk,
                              lambda n: cl[n] if n < len(cl) else len(chunk))
                if len(key[1]) <= 20_000:       # at most 1 024 chunks of 20 000 characters
                    if len(_CHUNKS) >= 1024:
                        _CHUNKS.clear()
                    _CHUNKS[key] = hit
            events.append((a, hit))
        events = [(ev, at) for at, evs in events for ev in evs]
    if chunks is None:
        events = [(ev, 0) for ev in events]

    builder = Builder()
    comments: list[Comment] = []
    in_item = 0
    in_quote = 0
    have_title = False
    lede_open = False            # the next paragraph is the lede
    pending: str | None = None   # kind of the block whose inline token comes next
    for ev, at in events:
        t = ev[0]
        if t == "list_item_open":
            in_item += 1
        elif t == "list_item_close":
            in_item -= 1
        elif t == "blockquote_open":
            in_quote += 1
        elif t == "blockquote_close":
            in_quote -= 1
        elif t == "heading_open":
            if ev[1] == "h1" and not have_title:
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
        elif t == "inline" and pending:
            # fresh lists and comments: the events may be a cached chunk's
            _, text, segments, found = ev
            comments += [Comment(c.text, c.start + at, c.end + at) for c in found]
            segments = [(i, f + at) for i, f in segments]
            if pending == "title" and "title" in fields and not builder.blocks:
                # the front matter's title, read by the public too: a headline of its own
                # when it is not the `#` title
                builder.add_headlines(_front_matter_title(source, fields["title"]),
                                      (text, segments))
            else:
                builder.add(pending, text, segments)
            pending = None
        elif t == "html_block":
            comments += [Comment(c.text, c.start + at, c.end + at) for c in ev[1]]
    published = fields["date"][0] if "date" in fields else None
    return builder, comments, published


_CHUNKS: dict[tuple[str, str], list[tuple]] = {}     # (body chunk, source chunk) -> its events


def _events(tokens, source: str, line_start) -> list[tuple]:
    """What the builder needs of markdown-it's tokens: container opens and closes, heading
    levels, and each inline token's prose and offset map (offsets into `source`)."""
    out: list[tuple] = []
    for tok in tokens:
        t = tok.type
        if t in ("list_item_open", "list_item_close", "blockquote_open", "blockquote_close",
                 "paragraph_open"):
            out.append((t,))
        elif t == "heading_open":
            out.append((t, tok.tag))
        elif t == "inline" and tok.map:
            span = Span()
            found: list[Comment] = []
            _inline(source, tok.children or [], line_start(tok.map[0]), line_start(tok.map[1]),
                    span, found)
            text, segments = span.result()
            out.append((t, text, segments, found))
        elif t == "html_block" and tok.map:
            found = []
            _html_comments(source, line_start(tok.map[0]), line_start(tok.map[1]), found)
            out.append((t, found))
    return out


_LIST_ITEM = lazy_re(r"(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)")
_HTML_1_5 = lazy_re(r" {0,3}<(?:(script|pre|style|textarea)(?:[ \t>]|$)|(!--)|(!\[CDATA\[)|(!)|(\?))", re.I)
_RAW_END = ("</script>", "</pre>", "</style>", "</textarea>")


def _html_closed(m: re.Match, line: str) -> bool:
    """Does an HTML block of CommonMark's kinds 1 to 5, opened on this line, end on it too?"""
    low = line.lower()
    if m.group(1):
        return any(end in low for end in _RAW_END)
    end = "-->" if m.group(2) else "]]>" if m.group(3) else ">" if m.group(4) else "?>"
    return end in low


def _chunks(body: str) -> list[tuple[int, int]] | None:
    """Line ranges [first, last) of the body that CommonMark reads alike alone or in the whole:
    cut at a blank line followed by a line at column 0 that neither continues a list nor sits
    inside an HTML block. None (read the whole) when something may reach across a blank line:
    a link reference definition, a code fence, an HTML block left open, a lone \\r."""
    if "]:" in body or "```" in body or "~~~" in body or "\x00" in body \
            or body.count("\r") != body.count("\r\n"):
        return None
    lines = body.split("\n")
    cuts = [0]
    blank_before = False
    for n, line in enumerate(lines):
        line = line.rstrip("\r")
        blank = not line.strip(" \t")
        if blank:
            blank_before = True
            continue
        m = _HTML_1_5.match(line)
        if m and not _html_closed(m, line):
            return None                       # an HTML block that may run past a blank line
        if blank_before and n and line[0] not in " \t" and not _LIST_ITEM.match(line):
            cuts.append(n)
        blank_before = False
    cuts.append(len(lines))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _front_matter_title(source: str, field: tuple[str, int]) -> tuple[str, list[tuple[int, int]]]:
    value, at = field
    span = Span()
    span.add_verbatim(source, at, at + len(value))
    return span.result()


def _title_from_front_matter(builder: Builder, source: str, field: tuple[str, int]) -> None:
    builder.add("title", *_front_matter_title(source, field))


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
