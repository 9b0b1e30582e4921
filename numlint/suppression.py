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

import re
from dataclasses import dataclass, field

from numlint.diagnostics import Diagnostic

_CODE = re.compile(r"NUM\d{0,3}")
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
            block = _next_block(doc, d.end)
            if block is None:
                for code in codes:
                    out.append(Suppression(d, code, d.end, d.end))
                continue
            start = block.file_offset(0)
            end = block.file_offset(len(block.text))
            for code in codes:
                out.append(Suppression(d, code, start, end))
    return out


def _next_block(doc, offset: int):
    for block in doc.blocks:
        if block.text and block.file_offset(0) >= offset:
            return block
    return None


def apply(doc, diags: list[Diagnostic], enabled: set[str], lang: str = "fr") -> list[Diagnostic]:
    """The diagnostics no suppression covers, plus NUM001 for suppressions that covered nothing."""
    found = directives(doc)
    if not found:
        return diags
    sups = suppressions(doc, found)
    kept = []
    for d in diags:
        hit = False
        for s in sups:
            if s.covers(d):
                s.used = True
                hit = True
        if not hit:
            kept.append(d)
    if "NUM001" in enabled:
        kept.extend(_unused(doc, sups, enabled, lang))
    return kept


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
