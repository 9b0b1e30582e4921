"""Stage 1: read an article (plain text, Markdown, HTML) into sections, blocks and sentences,
every character keeping its offset in the original file."""
from __future__ import annotations

import os

from numlint.document.model import Block, Comment, Document, LineIndex, Section


class DocumentError(Exception):
    """The file cannot be read as a French article: its one-line message is shown to the user."""


FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
           ".html": "html", ".htm": "html"}


def format_of(path: str) -> str:
    return FORMATS.get(os.path.splitext(path)[1].lower(), "text")


def decode(data: bytes, path: str) -> str:
    """UTF-8 with or without BOM; anything else is a DocumentError (exit 2)."""
    raise NotImplementedError  # document stage


def read(path: str) -> Document:
    with open(path, "rb") as f:
        data = f.read()
    return parse(decode(data, path), path=path)


def parse(text: str, path: str = "<stdin>", format: str | None = None) -> Document:
    raise NotImplementedError  # document stage


__all__ = ["Block", "Comment", "Document", "DocumentError", "LineIndex", "Section",
           "decode", "format_of", "parse", "read"]
