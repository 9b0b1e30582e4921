"""Sentence boundaries inside one block of prose, in linear time."""
from __future__ import annotations

import re
from numlint.lazyre import lazy_re

# End punctuation (bounded run), an optional closing quote or bracket, then whitespace before a
# sentence start. Bounded quantifiers only: each match attempt costs O(1) beyond the spaces.
# The look-ahead captures the next sentence's first character: greedy \s{1,8} stops just before it.
_END = lazy_re(r"[.!?\u2026]{1,4}(?:[ \u00a0\u202f]?[\u00bb\u201d\")]){0,2}(?=\s{1,8}([\"«“\u2014\u2013\-(\d\w]))")

# Words after which a period does not end the sentence (lower-cased, without the period).
ABBREVIATIONS = frozenset("""
m mm mme mmes mlle mlles dr pr me mgr st ste cie av apr j.-c jc c.-à-d cf env hab
n° p pp art al chap vol éd fig ex gal gén lt cdt col cne sgt bd boul pl vs resp éts ets
adj dir prés sq
""".split())

_WORD_BEFORE = lazy_re(r"[\w.\-°]{1,12}$")


def split(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`; every non-space character lies in one."""
    if not text.strip():
        return []
    out: list[tuple[int, int]] = []
    start = _skip_space(text, 0)
    for m in _END.finditer(text):
        c = m.group(1)
        if not (c.isupper() or c.isdigit() or c in "«\"“—–-("):
            continue
        end, nxt = m.end(), m.start(1)
        dot = end - 1
        if text[dot] == "." and m.start() == dot and _abbreviation(text, dot):
            continue
        if end > start:
            out.append((start, end))
            start = nxt
    stop = len(text.rstrip())
    if stop > start:
        out.append((start, stop))
    return out


def _skip_space(text: str, i: int) -> int:
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i


def _abbreviation(text: str, dot: int) -> bool:
    """The period at `dot` closes an abbreviation (M., Mme., J.-C.) or an initial (J. Dupont)."""
    if dot >= 6 and text[dot - 1].islower() and text[dot - 6:dot].isalpha():
        return False            # six letters ending in lower case: longer than any entry, no initial
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    if m.start() > 0 and text[m.start() - 1] in "'\u2019":
        return False            # "l'art." is a word, not "art." the abbreviation
    word = m.group().lower().lstrip("-")
    if word in ABBREVIATIONS:
        return True
    w = m.group()
    # an initial: one capital letter, alone ("J. Dupont") or hyphenated ("J.-P. Sartre")
    if len(w) == 1 and w.isupper():
        return True
    return len(w) >= 2 and w[-1].isupper() and w[-2] in ".-"
