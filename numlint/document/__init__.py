"""Stage 1: read an article (plain text, Markdown, HTML) into sections, blocks and sentences,
every character keeping its offset in the original file."""
from __future__ import annotations

import os
from datetime import date

from numlint.document.model import Block, Comment, Document, LineIndex, Section


class DocumentError(Exception):
    """The file cannot be read as a French article: its one-line message is shown to the user
    (French; `.en` holds the English line for --messages en)."""

    def __init__(self, message: str, en: str | None = None):
        super().__init__(message)
        self.en = en or message


FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
           ".html": "html", ".htm": "html"}


def format_of(path: str) -> str:
    return FORMATS.get(os.path.splitext(path)[1].lower(), "text")


def decode(data: bytes, path: str) -> str:
    """UTF-8 with or without BOM; anything else is a DocumentError (exit 2)."""
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    if bom:
        data = data[3:]        # offsets count from the first character after the BOM
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(f"{path}: texte en UTF-16, pas en UTF-8 (réenregistrez-le en UTF-8)",
                            f"{path}: UTF-16 text, not UTF-8 (save it as UTF-8)")
    nul = data.find(b"\x00")
    if nul != -1:
        raise DocumentError(f"{path}: fichier binaire, pas un texte (octet nul à la position "
                            f"{nul + bom})", f"{path}: binary file, not text (NUL byte at "
                            f"position {nul + bom})")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        bad, at = data[e.start], e.start + bom
        raise DocumentError(f"{path}: pas un texte UTF-8 (octet invalide 0x{bad:02x} à la "
                            f"position {at})", f"{path}: not UTF-8 text (invalid byte "
                            f"0x{bad:02x} at position {at})") from None


def read(path: str) -> Document:
    with open(path, "rb") as f:
        data = f.read()
    return parse(decode(data, path), path=path)


def parse(text: str, path: str = "<stdin>", format: str | None = None, reuse: bool = False) -> Document:
    """Blocks, sections, sentences, comments and publication date of one article. `reuse`: the
    language server re-reads the same article as it is edited; unchanged parts are not re-parsed."""
    if text.startswith("\ufeff"):
        text = text[1:]
    fmt = format or format_of(path)
    published = None
    if fmt == "markdown":
        from numlint.document import markdown
        builder, comments, published = markdown.parse(text, reuse=reuse)
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
