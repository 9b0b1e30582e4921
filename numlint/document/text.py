"""Plain-text articles: title line, lede, short unpunctuated lines as headings, one block a line."""
from __future__ import annotations

from numlint.document.builder import Builder, Span
from numlint.document.model import Comment

HEADING_MAX = 90
# A heading does not end like a sentence, nor like a line cut in the middle of one.
_NOT_HEADING_END = ".!?:;…»\"”,-–—/("
_QUOTES_OPEN = "«\"“"


def parse(source: str) -> tuple[Builder, list[Comment]]:
    lines = _lines(source)
    comments: list[Comment] = []
    prose: list[tuple[int, int]] = []      # (start, end) of non-blank, non-comment lines
    blank_before: list[bool] = []
    blank = True
    for start, end in lines:
        a, b = _strip(source, start, end)
        if a == b:
            blank = True
            continue
        inner = _comment(source, a, b)
        if inner is not None:
            comments.append(Comment(inner, a, b))
            continue
        prose.append((a, b))
        blank_before.append(blank)
        blank = False

    # Lines cut inside a sentence (the next one starts in lower case) belong to one block.
    paragraphs: list[list[tuple[int, int]]] = []
    for k, (a, b) in enumerate(prose):
        if (paragraphs and not blank_before[k] and _continues(source, paragraphs[-1][-1], (a, b))):
            paragraphs[-1].append((a, b))
        else:
            paragraphs.append([(a, b)])

    builder = Builder()
    for k, para in enumerate(paragraphs):
        span = Span()
        span.add_verbatim(source, para[0][0], para[-1][1])
        if k == 0:
            kind = "title"
        elif k == 1 and not _heading(source, para, k + 1 < len(paragraphs)):
            kind = "lede"
        elif _heading(source, para, k + 1 < len(paragraphs)):
            kind = "heading"
        else:
            kind = "paragraph"
        builder.add_span(kind, span)
    return builder, comments


def _lines(source: str) -> list[tuple[int, int]]:
    out, i, n = [], 0, len(source)
    while i <= n:
        j = source.find("\n", i)
        if j == -1:
            out.append((i, n))
            break
        out.append((i, j))
        i = j + 1
    return out


def _strip(source: str, a: int, b: int) -> tuple[int, int]:
    while a < b and source[a].isspace():
        a += 1
    while b > a and source[b - 1].isspace():
        b -= 1
    return a, b


def _comment(source: str, a: int, b: int) -> str | None:
    """The inner text of a `# numlint: …` or `// numlint: …` line, else None."""
    if source.startswith("//", a, b):
        inner = source[a + 2:b].strip()
    elif source.startswith("#", a, b):
        inner = source[a + 1:b].strip()
    else:
        return None
    head = inner[:7].lower()
    return inner if head == "numlint" and inner[7:].lstrip().startswith(":") else None


def _continues(source: str, prev: tuple[int, int], line: tuple[int, int]) -> bool:
    last = source[prev[1] - 1]
    first = source[line[0]]
    if last in ".!?…»\"”:;":
        return False
    return first.islower() or last in ",-(" and not first.isupper()


def _heading(source: str, para: list[tuple[int, int]], more_follows: bool) -> bool:
    if len(para) != 1 or not more_follows:
        return False
    a, b = para[0]
    if b - a > HEADING_MAX or source[b - 1] in _NOT_HEADING_END:
        return False
    first = source[a]
    if not (first.isupper() or first.isdigit() or first in _QUOTES_OPEN):
        return False
    return "://" not in source[a:b]
