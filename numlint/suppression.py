"""Suppression comments in the article, applied after the rules ran.

    <!-- numlint: disable NUM201 -->  …  <!-- numlint: enable NUM201 -->
    <!-- numlint: ignore NUM301 -->   the next paragraph only

In plain text the same words stand on a line of their own starting with `#` or `//`; the
document stage hands every comment over as `Document.comments` with its inner text. Codes may be
prefixes (`NUM3`); no code at all means every rule. Words after the codes are a free reason
(`numlint: ignore NUM301 chiffre du ministère`). A suppression that suppresses nothing becomes
NUM001 unused-suppression — only for rules that ran, since one aimed at a rule switched off
here may well be needed under another configuration.
"""
from __future__ import annotations

import bisect
import heapq
import re
from dataclasses import dataclass, field

from numlint.diagnostics import Diagnostic
from numlint.lazyre import lazy_re

_CODE = lazy_re(r"NUM\d{0,3}")
_ACTIONS = ("disable", "enable", "ignore")
MAX_COMMENT = 2000       # longer comments are prose, not directives: skip them unread


@dataclass
class Directive:
    action: str                    # "disable" | "enable" | "ignore"
    codes: list[str]               # prefixes; [] = every rule
    start: int                     # the comment's file span
    end: int


@dataclass
class Suppression:
    """One code (or all) of one directive over [start, end) of the file."""
    directive: Directive
    code: str | None               # None = every rule
    start: int
    end: int
    used: bool = field(default=False)

    def covers(self, d: Diagnostic) -> bool:
        return self.start <= d.start < self.end and (self.code is None or d.code.startswith(self.code))


def parse(text: str) -> tuple[str, list[str]] | None:
    """("disable", ["NUM201"]) for "numlint: disable NUM201"; None for any other comment."""
    if len(text) > MAX_COMMENT:
        return None
    head, sep, rest = text.strip().partition(":")
    if not sep or head.strip().lower() != "numlint":
        return None
    words = rest.replace(",", " ").split()
    if not words or words[0].lower() not in _ACTIONS:
        return None
    codes = []
    for w in words[1:]:
        if not _CODE.fullmatch(w.upper()):
            break                  # the rest is a reason
        codes.append(w.upper())
    if len(words) > 1 and not codes:
        return None                # "numlint: disable tout" is not ours to guess
    return words[0].lower(), codes


def directives(doc) -> list[Directive]:
    out = []
    for c in getattr(doc, "comments", None) or ():
        found = parse(c.text)
        if found:
            out.append(Directive(found[0], found[1], c.start, c.end))
    return out


def suppressions(doc, found: list[Directive]) -> list[Suppression]:
    out: list[Suppression] = []
    open_: dict[str | None, Suppression] = {}
    end_of_file = len(doc.source)
    blocks = _Blocks(doc)
    for d in sorted(found, key=lambda d: d.start):
        codes = d.codes or [None]
        if d.action == "disable":
            for code in codes:
                if code not in open_:
                    s = Suppression(d, code, d.end, end_of_file)
                    open_[code] = s
                    out.append(s)
        elif d.action == "enable":
            for code in codes:
                s = open_.pop(code, None)
                if s is not None:
                    s.end = d.start
            if not d.codes:              # a bare enable closes every region
                for s in open_.values():
                    s.end = d.start
                open_.clear()
        else:
            block = blocks.after(d.end)
            if block is None:
                for code in codes:
                    out.append(Suppression(d, code, d.end, d.end))
                continue
            start = block.file_offset(0)
            end = block.file_offset(len(block.text))
            for code in codes:
                out.append(Suppression(d, code, start, end))
    return out


class _Blocks:
    """The next block after an offset, by bisection: a file may hold thousands of comments."""

    def __init__(self, doc):
        self.blocks = [b for b in doc.blocks if b.text]
        self.starts = [b.file_offset(0) for b in self.blocks]

    def after(self, offset: int):
        i = bisect.bisect_left(self.starts, offset)
        return self.blocks[i] if i < len(self.blocks) else None


def apply(doc, diags: list[Diagnostic], enabled: set[str], lang: str = "fr") -> list[Diagnostic]:
    """The diagnostics no suppression covers, plus NUM001 for suppressions that covered nothing."""
    found = directives(doc)
    if not found:
        return diags
    sups = suppressions(doc, found)
    covered = _sweep(diags, sups)
    kept = [d for i, d in enumerate(diags) if i not in covered]
    if "NUM001" in enabled:
        kept.extend(_unused(doc, sups, enabled, lang))
    return kept


def _sweep(diags: list[Diagnostic], sups: list[Suppression]) -> set[int]:
    """Indices of the covered diagnostics, marking the suppressions used. One pass over both,
    sorted by offset: a diagnostic looks only at the regions open where it starts, grouped by
    the code prefixes that can match it (at most six keys), so the cost stays near-linear
    however many comments a hostile file holds."""
    order = sorted(range(len(diags)), key=lambda i: diags[i].start)
    pending = sorted(sups, key=lambda s: s.start)
    ends: list[tuple[int, int]] = []          # heap of (end, index in pending)
    count: dict[str | None, int] = {}
    unused: dict[str | None, set[int]] = {}
    nxt, covered = 0, set()
    for i in order:
        d = diags[i]
        while nxt < len(pending) and pending[nxt].start <= d.start:
            s = pending[nxt]
            if s.end > d.start:
                heapq.heappush(ends, (s.end, nxt))
                count[s.code] = count.get(s.code, 0) + 1
                unused.setdefault(s.code, set()).add(nxt)
            nxt += 1
        while ends and ends[0][0] <= d.start:
            _, k = heapq.heappop(ends)
            code = pending[k].code
            count[code] -= 1
            unused[code].discard(k)
        keys = [None] + [d.code[:n] for n in range(3, len(d.code) + 1)]
        for key in keys:
            if count.get(key):
                covered.add(i)
                for k in unused.get(key, ()):
                    pending[k].used = True
                unused[key] = set()
    return covered


def _unused(doc, sups: list[Suppression], enabled: set[str], lang: str) -> list[Diagnostic]:
    from numlint.rules import get
    rule = get("NUM001")
    if rule is None:
        return []
    # a directive is reported once, naming every code of it that suppressed nothing
    by_directive: dict[int, tuple[Directive, list[str | None]]] = {}
    for s in sups:
        if s.used:
            continue
        if s.code is not None and not any(c.startswith(s.code) for c in enabled if c != "NUM001"):
            continue                   # aimed at a rule that did not run here
        by_directive.setdefault(id(s.directive), (s.directive, []))[1].append(s.code)
    out = []
    for directive, codes in by_directive.values():
        out.append(rule.unused(doc.path, directive, codes, lang))
    return out
