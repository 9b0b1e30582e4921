"""Point décimal : une décimale écrite avec un point dans un texte en français.

Ce qui est vérifié : un nombre écrit « 3.5 » ou « 2.7 » (un ou deux chiffres après le point) là où
le français écrit la virgule décimale, pour un pourcentage, une somme, une mesure ou un nombre
suivi de « millions » ou d'un nom compté.

Pourquoi : en français, « 3.5 » se lit mal ; et « 2.500 » se lit 2 500 : le point est le séparateur
des milliers en Belgique. Un point décimal est une trace de copie d'une dépêche en anglais.

Se déclenche : « 3.5 millions d'euros », « un taux de 2.7 % ».
Reste muet : « 3,5 millions », « 25.000 soldats » (des milliers), et les numéros de version ou
d'article (« l'article 49.3 »), masqués avant les règles.
---
Decimal point: a decimal written with a point in French text.

What it checks: a number written "3.5" or "2.7" (one or two digits after the point) where French
uses a decimal comma, for a percentage, money, a measure, or a number followed by "millions" or a
counted noun.

Why: in French "3.5" reads badly, and "2.500" reads 2,500: the point groups thousands in Belgium.
A decimal point is usually left over from an English wire story.

Fires: "3.5 millions d'euros", "un taux de 2.7 %".
Quiet: "3,5 millions", "25.000 soldats" (thousands), and version or article numbers ("l'article
49.3"), masked before the rules run.
"""
from __future__ import annotations

from numlint.rules.base import Rule
from numlint.rules.num102_malformed_number import dotted_count
from numlint.rules._style import digit_numerals_of, measured


class DecimalPoint(Rule):
    __doc__ = __doc__
    code = "NUM103"
    name = "decimal-point"
    severity = "warning"
    fires = (
        "Inflation\n"
        "Les prix ont augmenté de 2.4 % sur un an en mars, selon l'Insee.\n",
        "Aéroport\n"
        "L'extension du terminal coûtera 7.5 millions d'euros à la région.\n",
    )
    quiet = (
        "Inflation\n"
        "Les prix ont augmenté de 2,4 % sur un an en mars, selon l'Insee.\n",
        "Aéroport\n"
        "Quelque 25.000 voyageurs ont transité par le terminal dimanche.\n",
    )

    def check(self, ctx):
        for fig, num, w in digit_numerals_of(ctx):
            if w.decimal != "point" or w.malformed or not measured(fig) or _clock(fig, num) \
                    or dotted_count(ctx, fig, num, w):
                continue    # « 2.20 supporters » beside « 27.450 »: NUM102 says it
            fixed = num.text.replace(".", ",")
            yield self.diagnostic(
                ctx, (num.start, num.end),
                fr=f"point décimal dans un texte en français : écrire « {fixed} » et non « {num.text} »",
                en=f"decimal point in French text: write « {fixed} », not « {num.text} »",
            )


def _clock(fig, num) -> bool:
    """"à 20.30 h": a time of day in Belgian style, not 20,3 hours."""
    if fig.kind != "duration" or fig.unit not in ("hour", "h"):
        return False
    hours, _, minutes = num.text.partition(".")
    return len(minutes) == 2 and hours.isdigit() and int(hours) <= 24 and int(minutes) <= 59
