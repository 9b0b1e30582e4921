"""Quantities the text gives side by side as one converted into the other (NUM501, NUM502):
"100 km (62 miles)", "12 km², soit 1.200 hectares", "3 miles ou 4,8 km". The cue is "(" "soit" "ou" "environ", or
"×soit" (and "×ou", "×environ") when the first quantity is the size of each of a count written just
before it, whose whole the second may give: "90 000 pipes de 550 litres, soit 495 000 hectolitres".

Only the words between two neighbouring quantities are read; the units are compared by the rule.
Every pattern is bounded: linear on any input.
"""
from __future__ import annotations

import re

from numlint.figures.model import Figure
from numlint.lazyre import lazy_re

_APPROX = r"(?:environ|près de|pr[eè]s d['’]|quelque|plus de|moins de)"
_SAY = r"(?:soit|environ|c['’]est-à-dire|ou encore|l['’]équivalent de|" + _APPROX + ")"
# "100 km (62 miles)", "2 115 mètres d'altitude (6 939 pieds)", "100 km (soit environ 62 miles)",
# "40 cm de neige fraîche (16 pouces)": the noun measured, and one adjective of it
_PAREN = lazy_re(r"\s{0,3}(?:(?:d['’]|de\s)[^\W\d_]{1,20}"
                    r"(?:\s{1,3}(?!(?:et|ou|à|en|sur|par|pour|dans|au|aux|du|des|de|la|le|les|qui|que)\b)"
                    r"[^\W\d_]{2,20})?\s{0,3})?\(\s{0,3}"
                    r"(?:" + _SAY + r"\s{1,3}){0,3}", re.I)
# "12 km², soit 1.200 hectares", "3 miles, ou 4,8 km", "100 km, soit environ 62 miles",
# "16.000 hectares, soit l'équivalent de 160 km²"
_WORD = lazy_re(r"\s{0,3},?\s{0,3}(soit|ou|environ|c['’]est-à-dire)"
                   r"(?:\s{1,3}(?:l['’]équivalent de|encore|" + _APPROX + r")){0,2}\s{0,3}", re.I)
# « une pointe à 137 km/h, l'équivalent de 85 miles à l'heure »: the noun alone, after a comma
_EQUIV = lazy_re(r"\s{0,3},\s{0,3}l['’]équivalent\s{0,3}(?:de\s|d['’])(?:\s{0,3}" + _APPROX + r"){0,1}\s{0,3}",
                 re.I)
# after the second one, words that make it another measure: "soit 3 kg par habitant"
_NOT_AFTER = lazy_re(r"\s{0,3}(?:par|de plus|de moins|en plus|chacune?|au total|en moyenne|"
                        r"suppl[ée]mentaires?)\b", re.I)
_CLOSE = lazy_re(r"\s{0,3}[),;]")
# « 22 000 pieds (4 100 mètres environ) »: « environ » after the converted number, then the bracket
_CLOSE_ABOUT = lazy_re(r"\s{1,3}environ\s{0,3}\)")
# « 120 m³ par an (120 000 litres) »: a rate's period or unit of reckoning before the bracket;
# the bracket restates the rate (the cue "(/" tells the rule it may also be a total over a period)
_PAREN_RATE = lazy_re(r"\s{0,3}par\s{1,3}(?:an|année|jour|mois|semaine|heure|habitant|personne|"
                      r"ménage|foyer)\s{0,3}\(\s{0,3}", re.I)
# "90 000 pipes de 550 litres", "2 millions de sacs de 50 kg", "3 000 barils de 159 litres":
# a count of containers, each of the quantity that follows
# « 15,8 kg (28 livres) »: a bare number followed by « livres » beside a mass in brackets is in
# pounds; anywhere else « livres » may be books or pounds sterling, and the number stays a count
_POUNDS = lazy_re(r"\s{1,3}livres?(?![\w'’-])(?!\s{1,3}(?:sterling|égyptiennes?|libanaises?|syriennes?))",
                  re.I)
_MASS = ("kilogram", "gram", "metric_ton")
_EACH = lazy_re(r"\s{1,3}((?:de\s{1,3}|d['’]\s{0,3})?[^\W\d_][^\W\d_'’-]{1,24}\s{1,3})?"
                   r"(?:de\s{1,3}|d['’]\s{0,3})", re.I)


def link(text: str, figures: list[Figure]) -> None:
    """Set `conversion_of` on the second of two quantities written as a conversion."""
    pounds = "livre" in text            # one scan of the block, not one look per pair
    for i, (a, b) in enumerate(zip(figures, figures[1:])):   # neighbours: nothing between them
        if pounds and a.kind != b.kind and "quantity" in (a.kind, b.kind) and b.start - a.end <= 40:
            _pounds(text, a, b)
        if not (a.kind == b.kind == "quantity" and a.unit and b.unit) or b.start - a.end > 40:
            continue
        gap = text[a.end:b.start]
        after = text[b.end:b.end + 30]
        if (paren := _PAREN.fullmatch(gap)) or _PAREN_RATE.fullmatch(gap):
            if not _CLOSE.match(after):
                if not _CLOSE_ABOUT.match(after):
                    continue
                b.approx = b.approx or "about"
            cue = "(" if paren else "(/"
        else:
            m = _WORD.fullmatch(gap)
            if not m and _EQUIV.fullmatch(gap) and not _NOT_AFTER.match(after):
                cue = "soit"
            elif not m or _NOT_AFTER.match(after):
                continue
            else:
                cue = m.group(1).lower()
                if cue.startswith("c"):
                    cue = "soit"
        b.conversion_of = a
        b.conversion_cue = cue
        n = figures[i - 1] if i else None
        if (cue != "(" and n is not None and _count(n) and a.start - n.end <= 30
                and (m := _EACH.fullmatch(text, n.end, a.start))
                and (m.group(1) or n.kind == "quantity")):
            # "90 000 pipes de 550 litres, soit 495 000 hectolitres": the « soit » may give the
            # whole, N × a; the cue says so, and N is the figure just before a
            b.conversion_cue = "×" + cue


def _pounds(text: str, a: Figure, b: Figure) -> None:
    """Read « 28 livres » as 28 pounds when it is a mass's bracketed conversion, either way round:
    « 15,8 kg (28 livres) », « 28 livres (12,7 kg) »."""
    mass, n = (a, b) if a.kind == "quantity" else (b, a)
    if (mass.unit not in _MASS or n.kind != "number" or n.unit or n.is_range
            or not (m := _POUNDS.match(text, n.end))):
        return
    if n is b:
        if not _PAREN.fullmatch(text, a.end, b.start) or not _CLOSE.match(text, m.end()):
            return
    elif not _PAREN.fullmatch(text, m.end(), b.start) or not _CLOSE.match(text, b.end):
        return
    n.kind, n.unit, n.unit_space = "quantity", "pound", text[n.end:m.end() - len(m.group().lstrip())]
    n.unit_text = m.group().lstrip()
    n.end = m.end()
    n.text = text[n.start:n.end]


def _count(n: Figure) -> bool:
    """A whole number of things (not "½", not a range): what can be multiplied out."""
    v = n.value
    return (n.kind in ("number", "quantity") and not n.is_range and n.approx in (None, "about")
            and isinstance(v, (int, float)) and v >= 2 and float(v).is_integer())
