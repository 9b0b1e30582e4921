"""Séparateurs mêlés : un article qui groupe les milliers, ou marque les décimales, de deux façons.

Ce qui est vérifié : un même article qui écrit les milliers tantôt avec un point (« 25.000 »),
tantôt avec une espace (« 25 000 ») ou une apostrophe (« 25'000 »), ou les décimales tantôt avec
une virgule (« 3,5 »), tantôt avec un point (« 3.5 »). Le signalement porte sur la première
occurrence de la façon minoritaire (ou de celle que le style maison, `house-style`, n'attend pas ;
à égalité, de celle qui n'est pas la française : le point, l'apostrophe) et nomme l'autre façon et où elle est employée. Toutes les espaces (ordinaire, insécable, fine) comptent
pour une seule façon ; « 2500 » sans séparateur n'est pas un mélange.

Pourquoi : une convention unique par article ; un nombre écrit autrement vient souvent d'un
copier-coller et mérite un second regard.

Se déclenche : « 25.000 manifestants » puis « 40 000 selon les syndicats ».
Reste muet : un article qui écrit partout « 25 000 » et « 3,5 », ou « 2500 » à côté de « 25 000 ».
---
Mixed separators: an article that groups thousands, or marks decimals, in two ways.

What it checks: one article writing thousands now with a dot ("25.000"), now with a space ("25 000")
or an apostrophe ("25'000"), or decimals now with a comma ("3,5"), now with a point ("3.5"). The
finding is at the first occurrence of the minority style (or of the one the `house-style` does not
expect; on a tie, of the one that is not the French way: the dot, the apostrophe) and names the other style and where it is used. All spaces (ordinary, no-break, thin) count
as one style; "2500" without separator is not mixing.

Why: one convention per article; a number written otherwise often comes from a copy-paste and
deserves a second look.

Fires: "25.000 manifestants" then "40 000 selon les syndicats".
Quiet: an article writing "25 000" and "3,5" everywhere, or "2500" beside "25 000".
"""
from __future__ import annotations

from numlint.rules.base import Rule
from numlint.rules.num102_malformed_number import dotted_count
from numlint.rules._style import HOUSE_THOUSANDS, STYLE_EN, STYLE_FR, digit_numerals_of

WHAT_FR = {"thousands": "les milliers", "decimal": "les décimales"}
WHAT_EN = {"thousands": "thousands", "decimal": "decimals"}


class MixedSeparators(Rule):
    __doc__ = __doc__
    code = "NUM104"
    name = "mixed-separators"
    severity = "info"
    fires = (
        "Manifestation à Nantes\n"
        "Quelque 25.000 personnes ont défilé samedi, selon la préfecture.\n"
        "Les syndicats en ont compté 40 000 et l'intersyndicale 42 000.\n",
        "Élections\n"
        "La participation atteint 63,2 % contre 58,4 % en 2020, et 4.7 % de bulletins blancs.\n",
    )
    quiet = (
        "Manifestation à Nantes\n"
        "Quelque 25 000 personnes ont défilé samedi, selon la préfecture.\n"
        "Les syndicats en ont compté 40 000, dont 2500 venus de Saint-Nazaire.\n",
        "Élections\n"
        "La participation atteint 63,2 % contre 58,4 % en 2020, et 4,7 % de bulletins blancs.\n",
    )

    def check(self, ctx):
        uses: dict[str, dict[str, list]] = {"thousands": {}, "decimal": {}}
        for fig, num, w in digit_numerals_of(ctx):
            if w.malformed or dotted_count(ctx, fig, num, w):
                continue    # NUM102's
            if w.thousands:
                uses["thousands"].setdefault(w.thousands, []).append(num)
            if w.decimal:
                uses["decimal"].setdefault(w.decimal, []).append(num)
        expected = {"thousands": HOUSE_THOUSANDS.get(ctx.house_style or ""),
                    "decimal": "comma" if ctx.house_style else None}
        for what, styles in uses.items():
            if len(styles) < 2:
                continue
            main = _main_style(styles, expected[what])
            other = styles[main]
            for style, nums in styles.items():
                if style == main:
                    continue
                first, ref = nums[0], other[0]
                if main == expected[what] and len(other) < len(nums):
                    why_fr = f"le style maison {ctx.house_style} veut {STYLE_FR[main]}, comme « {ref.text} »"
                    why_en = f"house style {ctx.house_style} wants {STYLE_EN[main]}, as in « {ref.text} »"
                else:
                    times_en = "once" if len(other) == 1 else f"{len(other)} times"
                    why_fr = f"le reste de l'article avec {STYLE_FR[main]} (« {ref.text} », {len(other)} fois)"
                    why_en = f"the rest of the article with {STYLE_EN[main]} (« {ref.text} », {times_en})"
                yield self.diagnostic(
                    ctx, (first.start, first.end),
                    fr=f"séparateurs mêlés : « {first.text} » marque {WHAT_FR[what]} avec "
                       f"{STYLE_FR[style]}, {why_fr}",
                    en=f"mixed separators: « {first.text} » marks {WHAT_EN[what]} with "
                       f"{STYLE_EN[style]}, {why_en}",
                    related=[((ref.start, ref.end),
                              f"{WHAT_FR[what]} écrits avec {STYLE_FR[main]}",
                              f"{WHAT_EN[what]} written with {STYLE_EN[main]}")],
                )


# On a tie, the French way (« 1 250 », « 3,5 ») is the rule and the other the one to question:
# « 1.250 » or « 3.5 » also reads as an English decimal, « 1'250 » is Swiss.
_FRENCH = frozenset({"space", "comma"})


def _main_style(styles: dict[str, list], expected: str | None) -> str:
    """The house style when the article uses it; else the most used, on a tie the French way, then
    the earliest."""
    if expected in styles:
        return expected
    return max(styles, key=lambda s: (len(styles[s]), s in _FRENCH, -styles[s][0].start))
