"""Stage 1: read an article (plain text, Markdown, HTML) into sections, blocks and sentences,
every character keeping its offset in the original file."""
from __future__ import annotations

import os
from datetime import date

from numlint.document.model import Block, Comment, Document, LineIndex, Section


class DocumentError(Exception):
    """The file cannot be read as a French article: its one-line message is shown to the user."""


FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
           ".html": "html", ".htm": "html"}


def format_of(path: str) -> str:
    return FORMATS.get(os.path.splitext(path)[1].lower(), "text")


def decode(data: bytes, path: str) -> str:
    """UTF-8 with or without BOM; anything else is a DocumentError (exit 2)."""
    name = os.path.basename(path) or path
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]        # offsets count from the first character after the BOM
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(f"{name} : texte en UTF-16, numlint lit l'UTF-8 "
                            "(réenregistrez le fichier en UTF-8)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        bad = data[e.start]
        raise DocumentError(f"{name} : pas un texte UTF-8 (octet invalide 0x{bad:02x} "
                            f"à la position {e.start})") from None
    nul = text.find("\x00")
    if nul != -1:
        raise DocumentError(f"{name} : fichier binaire, pas un texte (octet nul à la position "
                            f"{len(text[:nul].encode('utf-8'))})")
    return text


def read(path: str) -> Document:
    with open(path, "rb") as f:
        data = f.read()
    return parse(decode(data, path), path=path)


def parse(text: str, path: str = "<stdin>", format: str | None = None) -> Document:
    """Blocks, sections, sentences, comments and publication date of one article."""
    if text.startswith("\ufeff"):
        text = text[1:]
    fmt = format or format_of(path)
    published = None
    if fmt == "markdown":
        from numlint.document import markdown
        builder, comments, published = markdown.parse(text)
    elif fmt == "html":
        from numlint.document import html
        builder, comments, published = html.parse(text)
    else:
        from numlint.document import text as plain
        fmt = "text"
        builder, comments = plain.parse(text)
    return Document(path=path, source=text, format=fmt, blocks=builder.blocks,
                    sections=builder.sections, published=_date(published), comments=comments)


def _date(value) -> date | None:
    """2024-01-31, 2024-01-31T18:40:00+01:00, "2024-01-31 18:40": the calendar date written."""
    if not value:
        return None
    value = str(value).strip().strip("'\"")
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


__all__ = ["Block", "Comment", "Document", "DocumentError", "LineIndex", "Section",
           "decode", "format_of", "parse", "read"]
