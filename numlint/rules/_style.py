"""How a number was written: thousands style, decimal mark, malformed grouping (NUM102–NUM105).

Read from the numeral's own text, so that every NUM1xx rule judges the same way; the figures
stage's `Numeral.malformed` is honoured too. One unambiguous regex: linear on anything.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from numlint.figures.model import Figure, Numeral
from numlint.lazyre import lazy_re

SPACES = frozenset(" \u00a0\u202f\u2009")
APOSTROPHES = frozenset("'\u2019")
SIGNS = frozenset("+-\u2212")
NON_BREAKING = frozenset("\u00a0\u202f")

# What each house style expects for thousands (NUM104/NUM105).
HOUSE_THOUSANDS = {"fr-FR": "space", "fr-BE": "dot", "fr-CH": "apostrophe"}

STYLE_FR = {"dot": "un point", "space": "une espace", "apostrophe": "une apostrophe",
            "comma": "une virgule", "point": "un point"}
STYLE_EN = {"dot": "a dot", "space": "a space", "apostrophe": "an apostrophe",
            "comma": "a comma", "point": "a point"}


@dataclass(frozen=True)
class Written:
    thousands: str | None = None   # "dot" | "space" | "apostrophe": grouped thousands
    decimal: str | None = None     # "comma" | "point"
    malformed: bool = False
    why: str | None = None         # for NUM102's message: "group", "zeros", "long"


def _sep_kind(c: str) -> str | None:
    if c == ".":
        return "dot"
    if c == ",":
        return "comma"
    if c in SPACES:
        return "space"
    if c in APOSTROPHES:
        return "apostrophe"
    return None


# ASCII digit runs, each pair joined by exactly one separator (what _sep_kind names): one
# unambiguous alternation, so the match is linear on anything
_NUMERAL = lazy_re("[0-9]+(?:[.,'\u2019 \u00a0\u202f\u2009][0-9]+)*")
_RUN = lazy_re("[0-9]+")


def _scan(text: str) -> tuple[list[str], list[str]] | None:
    """Digit runs and the single separators between them; None if anything else is there."""
    t = text.strip()
    if t[:1] in SIGNS:
        t = t[1:]
    if len(t) > 40 or not _NUMERAL.fullmatch(t):
        return None
    return _RUN.findall(t), [c for c in t if not "0" <= c <= "9"]


# four NUM1xx rules ask about the same numerals; Written is frozen, so sharing it is safe
@lru_cache(maxsize=8192)
def analyse(text: str) -> Written:
    scanned = _scan(text)
    if scanned is None:
        return Written()
    runs, seps = scanned
    if not seps:
        return Written()
    kinds = [_sep_kind(s) for s in seps]
    decimal = None
    if kinds[-1] == "comma":
        if kinds.count("comma") > 1:
            return Written()
        decimal = "comma"
        runs, kinds = runs[:-1], kinds[:-1]
        if not kinds:
            return Written(decimal="comma")
    if len(set(kinds)) > 1:
        return Written(decimal=decimal)     # "1.234 567": not ours to judge
    kind = kinds[0]
    first, rest = runs[0], runs[1:]
    if kind == "dot" and decimal is None and len(rest) == 1 and len(rest[0]) != 3:
        tail = rest[0]
        if len(tail) >= 4:
            return Written(malformed=True, why="long")          # "1.2345", "113.2450"
        if len(tail) == 2 and tail == "00":
            return Written(malformed=True, why="zeros")         # "25.00", "860.00"
        return Written(decimal="point")                         # "3.5", "51.5", "2.75"
    if not 1 <= len(first) <= 3 or any(len(r) != 3 for r in rest):
        if kind == "dot":
            return Written(malformed=True, why="group")         # "250.00.000", "1.50.000"
        return Written(decimal=decimal)      # a space parse we do not trust
    return Written(thousands=kind, decimal=decimal)


def written(num: Numeral) -> Written:
    if num.words:
        return Written()
    w = analyse(num.text)
    if num.malformed and not w.malformed:
        return Written(malformed=True, why=w.why or "group")
    return w


def measured(fig: Figure) -> bool:
    """A figure that is surely a quantity in prose, not a bare token that may be a reference."""
    if fig.kind in ("percent", "money", "quantity", "duration"):
        return True
    if fig.kind != "number":
        return False
    return bool(fig.subject) or any(n.scale != 1 for n in fig.numerals)


def digit_numerals(figures: list[Figure]):
    """(figure, numeral, Written) for every numeral written in digits, in file order."""
    for fig in figures:
        if fig.kind in ("date", "ordinal"):
            continue
        for num in fig.numerals:
            if num.words:
                continue
            yield fig, num, written(num)


def digit_numerals_of(ctx) -> list:
    """digit_numerals(ctx.figures), listed once per article: four NUM1xx rules walk it."""
    found = ctx.cache.get("_digit_numerals")
    if found is None:
        found = ctx.cache["_digit_numerals"] = list(digit_numerals(ctx.figures))
    return found
