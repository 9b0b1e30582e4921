"""What numlint says of a text, for the rule tests written from unseen articles."""
from __future__ import annotations

from numlint.engine import Settings, lint


def codes(text: str, select: str, path: str = "article.txt") -> list[str]:
    """The codes of the diagnostics one rule (or prefix) gives on text, in order."""
    return [d.code for d in lint(text, path=path, settings=Settings(select=[select]))]
