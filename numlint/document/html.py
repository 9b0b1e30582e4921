"""HTML articles with the standard library's parser: entities decoded one by one, so that every
character of a block keeps its offset in the original file."""
from __future__ import annotations

import html
from html.parser import HTMLParser

from numlint.document.builder import Builder, Span
from numlint.document.model import Comment, LineIndex

BLOCK_TAGS = {"h1": "title", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
              "p": "paragraph", "li": "item"}
# Never prose: code, navigation. The page's <title> is read apart (_Reader.page): a headline of
# its own only when it is not the <h1> nor a site name.
SKIP_TAGS = {"script", "style", "title", "template", "noscript", "svg", "nav", "pre",
             "code", "textarea", "select", "button", "figure", "iframe", "object"}
LEDE_CLASSES = ("chapo", "chapeau", "lede", "standfirst", "lead", "intro")
DATE_META = {"article:published_time", "og:published_time", "datepublished", "pubdate",
             "publication_date", "date"}
# Tags that separate words: a <br> between "12" and "000" must not glue them.
BREAK_TAGS = {"br", "hr", "td", "th", "tr", "div", "img"}


def parse(source: str) -> tuple[Builder, list[Comment], str | None]:
    reader = _Reader(source)
    try:
        reader.feed(source)
        reader.close()
    except (AssertionError, ValueError, IndexError):   # html.parser on hostile input: keep what we have
        pass
    reader.flush()
    return reader.builder, reader.comments, reader.meta_published or reader.time_published


class _Reader(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.lines = LineIndex(source)
        self.builder = Builder()
        self.comments: list[Comment] = []
        self.time_published: str | None = None
        self.meta_published: str | None = None
        self.skip = 0                  # depth inside SKIP_TAGS
        self.span: Span | None = None
        self.kind: str | None = None
        self.tag: str | None = None
        self.seen_title = False
        self.lede_done = False
        self.in_body = False
        self.page: tuple[str, list[tuple[int, int]]] | None = None   # the <head>'s <title>

    # positions ------------------------------------------------------------------------------
    def _offset(self) -> int:
        line, col = self.getpos()
        starts = self.lines.starts
        return (starts[line - 1] if line - 1 < len(starts) else len(self.source)) + col

    # blocks ---------------------------------------------------------------------------------
    def flush(self) -> None:
        if self.kind == "page":
            if self.page is None:
                self.page = self.span.result()
        elif self.kind == "title" and self.page is not None and not self.builder.blocks:
            self.builder.add_headlines(self.page, self.span.result())
            self.page = None
        elif self.span is not None and self.kind is not None:
            self.builder.add_span(self.kind, self.span)
        self.span, self.kind, self.tag = None, None, None

    def _open(self, tag: str, attrs) -> None:
        if tag == "p" and self.kind == "item" and not self.span.parts:
            return              # <li><p>…</p></li>: one item
        self.flush()
        kind = BLOCK_TAGS[tag]
        if kind == "title":
            if self.seen_title:
                kind = "heading"
            self.seen_title = True
        elif kind == "heading":
            self.lede_done = True
        elif kind == "paragraph" and not self.lede_done:
            classes = (dict(attrs).get("class") or "").lower()
            if any(c in classes for c in LEDE_CLASSES) or self.seen_title:
                kind = "lede"
                self.lede_done = True
        if kind == "item" and not self.lede_done and self.seen_title:
            self.lede_done = True
        self.span, self.kind, self.tag = Span(), kind, tag

    def handle_starttag(self, tag, attrs):
        if tag == "title" and not self.skip and not self.in_body and self.span is None \
                and self.page is None:
            self.span, self.kind, self.tag = Span(), "page", tag
            return
        if tag in SKIP_TAGS:
            self.skip += 1
            return
        if tag == "meta":
            self._meta(attrs)
            return
        if tag == "time" and self.time_published is None:
            self.time_published = dict(attrs).get("datetime") or None
        if tag == "body":
            self.skip = 0       # an unclosed <title> or <script> in <head> must not hide the body
            self.in_body = True
            if self.kind == "page":
                self.flush()
        if self.skip:
            return
        if tag in BLOCK_TAGS:
            self._open(tag, attrs)
        elif tag in BREAK_TAGS and self.span is not None:
            self.span.add_decoded(" ", self._offset(), 1)

    def handle_startendtag(self, tag, attrs):
        if tag == "meta":
            self._meta(attrs)
        elif tag in BREAK_TAGS and self.span is not None and not self.skip:
            self.span.add_decoded(" ", self._offset(), 1)

    def handle_endtag(self, tag):
        if tag == "title" and self.kind == "page":
            self.flush()
            return
        if tag in SKIP_TAGS:
            if self.skip:
                self.skip -= 1
            return
        if self.skip:
            return
        if tag in BLOCK_TAGS and self.span is not None:
            self.flush()
        elif tag in ("ul", "ol", "article", "main", "body", "section", "blockquote", "table"):
            self.flush()
        elif tag == "div" and self.tag == "p":
            self.flush()        # </div> closes an unclosed <p>
        elif tag in BREAK_TAGS and self.span is not None:
            self.span.add_decoded(" ", self._offset(), 1)

    def _meta(self, attrs) -> None:
        a = dict(attrs)
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        if key in DATE_META and a.get("content") and self.meta_published is None:
            self.meta_published = a["content"]

    # text -----------------------------------------------------------------------------------
    def handle_data(self, data):
        if self.skip or self.span is None:
            return
        start = self._offset()
        if self.source.startswith(data, start):
            self.span.add_verbatim(self.source, start, start + len(data))
        else:   # should not happen; keep the text rather than lose it
            self.span.add_decoded(data, start, len(data))

    def handle_entityref(self, name):
        self._ref("&" + name)

    def handle_charref(self, name):
        self._ref("&#" + name)

    def _ref(self, raw: str) -> None:
        if self.skip or self.span is None:
            return
        start = self._offset()
        n = len(raw)
        if self.source.startswith(";", start + n):
            n += 1
        decoded = html.unescape(self.source[start:start + n])
        self.span.add_decoded(decoded, start, n)

    def handle_comment(self, data):
        start = self._offset()
        end = self.source.find("-->", start + 4)
        end = len(self.source) if end == -1 else end + 3
        self.comments.append(Comment(data.strip(), start, end))
