"""Intervalle inversé : la borne basse d'un intervalle est écrite plus grande que la haute.

Ce qui est vérifié : un intervalle « entre X et Y », ou « de X à Y » suivi d'un nom compté ou
ouvert par un verbe de bornes (« varie de », « allant de »), dont la première borne dépasse la
seconde (« de 30.000 à 25.000 soldats »). Dans le doute (un taux ou un
prix « de 8,1 à 7,3 % » est souvent une évolution), la règle se tait.

Pourquoi : un intervalle se lit de la plus petite à la plus grande valeur ; une borne inversée
trahit presque toujours une faute de frappe ou une inversion de chiffres.

Se déclenche : « entre 2.100 et 1.500 pompiers ».
Reste muet : « entre 1.500 et 2.100 pompiers », « entre 2 et 3 millions », et les évolutions
(« la température est passée de 39 °C à 29 °C »), les dates et les scores.
---
Reversed range: the low end of a range is written larger than the high end.

What it checks: a range "entre X et Y", or "de X à Y" followed by a counted noun or opened by a
verb of bounds ("varie de", "allant de"), whose first bound exceeds the second ("de 30.000 à
25.000 soldats"). When unsure (a rate or price "de 8,1 à 7,3 %"
is often a change), the rule stays quiet.

Why: a range reads from the smaller to the larger value; reversed bounds are nearly always a typo
or swapped digits.

Fires: "entre 2.100 et 1.500 pompiers".
Quiet: "entre 1.500 et 2.100 pompiers", "entre 2 et 3 millions", and changes ("la température est
passée de 39 °C à 29 °C"), dates and scores.
"""
from __future__ import annotations

from numlint.rules.base import Rule
from numlint.rules._fmt import num_fr, num_en

# Changes ("passé de 39 à 29"), alternatives ("25 ou 30") and dashes (often scores) are not ranges.
RANGE_KINDS = ("de-a", "entre-et")


class ReversedRange(Rule):
    __doc__ = __doc__
    code = "NUM101"
    name = "reversed-range"
    severity = "error"
    fires = (
        "Incendie dans les Maures\n"
        "Entre 900 et 600 pompiers ont lutté toute la nuit contre les flammes près du Luc.\n",
        "Manifestation à Lyon\n"
        "Les syndicats attendaient de 12.000 à 8.000 personnes place Bellecour jeudi.\n",
    )
    quiet = (
        "Incendie dans les Maures\n"
        "Entre 600 et 900 pompiers ont lutté toute la nuit contre les flammes près du Luc.\n",
        "Canicule\n"
        "La température est passée de 39 °C à 29 °C en une nuit après l'orage.\n",
        "Budget\n"
        "Le chantier coûtera entre 2 et 3 millions d'euros à la commune.\n",
    )

    def check(self, ctx):
        for fig in ctx.figures:
            if fig.kind == "date" or not fig.is_range:
                continue
            # « il est tombé de 25 à 15 cm selon les secteurs »: a verb of change, but a spread
            # over places or cases, which the figures stage notes
            spread = fig.range_kind == "change" and "spread" in fig.cues and fig.kind == "quantity"
            if fig.range_kind not in RANGE_KINDS and not spread:
                continue
            low, high = fig.low, fig.high
            if not isinstance(low, (int, float)) or not isinstance(high, (int, float)):
                continue
            if high < 0:
                continue    # "entre -5 et -10 °C", "entre 5 et -3 °C" is how cold is often told
            if fig.kind == "duration" and fig.unit in ("hour", "minute"):
                continue    # "entre 22 et 6 heures": clock times wrap around midnight
            if low <= high or not _surely_a_range(ctx, fig):
                continue
            unit = _unit(fig)
            if len(fig.numerals) == 2:
                lo_txt, hi_txt = fig.numerals[0].text, fig.numerals[1].text
            else:
                lo_txt, hi_txt = num_fr(low), num_fr(high)
            yield self.diagnostic(
                ctx, fig,
                fr=f"intervalle inversé : {lo_txt}{unit} > {hi_txt}{unit} ; "
                   f"écrire « {_swap(fig, 'fr')} » ?",
                en=f"reversed range: {lo_txt}{unit} > {hi_txt}{unit}; "
                   f"meant « {_swap(fig, 'en')} »?",
            )


def _surely_a_range(ctx, fig) -> bool:
    """Precision first: "entre X et Y" is a range; "de X à Y" is one when a noun is counted or
    a verb of bounds opens it ("varie de", "allant de");
    a bare "X à Y" is not judged (it may be a change whose verb the figures stage missed: "passé
    d'environ 340 000 à 170 000"). Scores ("de 5 à 0") and years
    ("de 2022 à 66,7 %") caught in a range are not ranges."""
    if fig.high == 0 or any(_year_like(n) for n in fig.numerals):
        return False
    if fig.range_kind in ("entre-et", "change"):     # a change here is a spread (see check)
        return True
    # "de X à Y" needs a counted noun: a rate or a price "de 8,1 à 7,3 %" is most often a change
    # whose verb stands too far for the figures stage to see ("a, en un an, baissé de …").
    head = fig.text.lstrip().lower()
    if head.startswith(("de ", "d'", "d’")):
        if fig.subject:
            return True
        # or a verb of bounds right before it (« le coût varie de 6 à 2 millions par kilomètre »)
        m = ctx.measure_of(fig)
        return m is not None and "range" in m.notes
    return False    # a bare "340 000 à 170 000" may follow "passé d'environ": unsure


def _year_like(num) -> bool:
    return not num.words and num.text.isdigit() and len(num.text) == 4 and 1800 <= int(num.text) <= 2100


def _swap(fig, lang: str) -> str:
    """The range the other way round, numbers as the article writes them."""
    if len(fig.numerals) == 2:
        low, high = fig.numerals[0].text, fig.numerals[1].text
    else:
        fmt = num_fr if lang == "fr" else num_en
        low, high = fmt(fig.low), fmt(fig.high)
    word = ("entre {} et {}" if fig.range_kind == "entre-et" else "de {} à {}")
    return word.format(high, low) + _unit(fig)


def _unit(fig) -> str:
    """What follows the bounds: the unit, or, for bounds with a scale (« de 6 à 2 millions de
    dollars »), the words after the second bound as written, so that the message keeps the scale."""
    nums = fig.numerals
    if len(nums) == 2 and nums[1].scale != 1 and fig.end - fig.start == len(fig.text):
        tail = fig.text[nums[1].end - fig.start:].strip()
        if 0 < len(tail) <= 40 and tail[0].isalpha():
            return f" {tail}"
    return f" {fig.unit_text}" if fig.unit_text else ""
