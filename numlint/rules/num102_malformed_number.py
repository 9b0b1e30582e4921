"""Nombre mal formé : des groupes de chiffres qui ne sont ni des milliers ni des décimales.

Ce qui est vérifié : un nombre dont les groupes séparés par des points n'ont pas trois chiffres
(« 250.00.000 », « 1.50.000 »), ou dont la partie après le point a quatre chiffres ou plus
(« 1.2345 habitants ») ou n'est faite que de deux zéros (« 25.00 soldats »), quand le nombre
compte ou mesure quelque chose (un nom, une unité, « % », une monnaie) : « 192.168.1.1 » seul n'est
pas une quantité. Le nom compté peut être dit avant, repris par « en » (« La police en a compté
28.00. »).
Aussi deux chiffres après le point devant un nom compté au pluriel (« quelque 2.20 supporters »)
dans un article qui groupe les milliers par des points et n'a pas d'autre point décimal.
Et, dans un article qui groupe les milliers par des points, quatre chiffres ou plus après le
point finissant par « 00 » (« 24.5000 EVP »), même quand le nom compté n'est pas lu (un sigle).

Pourquoi : le lecteur ne peut pas savoir quel nombre était voulu (25 ou 25.000 ?) ; c'est presque
toujours un chiffre tombé ou ajouté.

Se déclenche : « 25.00 soldats », « 1.2345 habitants », « 250.00.000 euros ».
Reste muet : « 25.000 », « 1.234.567 », « 3,5 », « 25 000 ».
---
Malformed number: digit groups that are neither thousands nor decimals.

What it checks: a number whose dot-separated groups do not have three digits ("250.00.000",
"1.50.000"), or whose part after the dot has four digits or more ("1.2345 habitants") or is just
two zeros ("25.00 soldats"), when the number counts or measures something (a noun, a unit, "%",
a currency): a bare "192.168.1.1" is not a quantity. The counted noun may be named before and
taken up by « en » ("La police en a compté 28.00.").
Also two digits after the dot before a plural counted noun ("quelque 2.20 supporters") in an
article that groups thousands with dots and has no other decimal point.
And, in an article that groups thousands with dots, four digits or more after the dot ending
in "00" ("24.5000 EVP"), even when the counted noun is not read (an acronym).

Why: readers cannot tell which number was meant (25 or 25,000?); a digit was almost surely
dropped or added.

Fires: "25.00 soldats", "1.2345 habitants", "250.00.000 euros".
Quiet: "25.000", "1.234.567", "3,5", "25 000".
"""
from __future__ import annotations

from numlint.rules.base import Rule
from numlint.rules._style import digit_numerals_of, measured

WHY_FR = {
    "group": "un groupe de milliers doit avoir trois chiffres",
    "zeros": "deux zéros après le point : un chiffre manque-t-il aux milliers ?",
    "long": "quatre chiffres ou plus après le point : ni des milliers ni des décimales",
}
WHY_EN = {
    "group": "a thousands group must have three digits",
    "zeros": "two zeros after the dot: is a thousands digit missing?",
    "long": "four digits or more after the dot: neither thousands nor decimals",
}


class MalformedNumber(Rule):
    __doc__ = __doc__
    code = "NUM102"
    name = "malformed-number"
    severity = "error"
    fires = (
        "Grève à la RATP\n"
        "Quelque 1.20.000 usagers ont été privés de métro lundi matin, selon la régie.\n",
        "Récolte\n"
        "La coopérative a livré 45.00 tonnes de blé au port de Rouen cette semaine.\n",
    )
    quiet = (
        "Grève à la RATP\n"
        "Quelque 120.000 usagers ont été privés de métro lundi matin, selon la régie.\n",
        "Récolte\n"
        "La coopérative a livré 4500 tonnes de blé, soit 3,5 % de plus qu'en 2023.\n",
    )

    def check(self, ctx):
        for fig, num, w in digit_numerals_of(ctx):
            if w.malformed:
                if not measured(fig) and not zeros_group(ctx, fig, num, w) \
                        and not counted_by_en(ctx, fig, num, w):
                    continue    # a bare "192.168.1.1" or "48.8566" is a reference, not a count
            elif not dotted_count(ctx, fig, num, w):
                continue
            why = w.why or "group"
            yield self.diagnostic(
                ctx, (num.start, num.end),
                fr=f"nombre mal formé « {num.text} » : {WHY_FR[why]}",
                en=f"malformed number « {num.text} »: {WHY_EN[why]}",
            )


def _dot_style(ctx) -> tuple[bool, int]:
    """(some numeral groups thousands with dots, how many take a decimal point)."""
    style = ctx.cache.get("_dot_style")
    if style is None:
        ws = [x for _, _, x in digit_numerals_of(ctx)]
        style = ctx.cache["_dot_style"] = (any(x.thousands == "dot" for x in ws),
                                           sum(x.decimal == "point" for x in ws))
    return style


def zeros_group(ctx, fig, num, w) -> bool:
    """« 24.5000 EVP » in an article that writes « 198.000 EVP »: four digits or more after one
    dot, ending in « 00 », where dots group thousands: a slipped thousands group, even when the
    counted noun is not read (an acronym); a reference (« 48.8566 ») hardly ends in zeros."""
    if w.why != "long" or fig.kind != "number" or num.scale != 1:
        return False
    head, _, tail = num.text.strip().partition(".")
    if not (head.isdigit() and 1 <= len(head) <= 3 and tail.isdigit() and tail.endswith("00")):
        return False
    return _dot_style(ctx)[0]


def counted_by_en(ctx, fig, num, w) -> bool:
    """« La police en a compté 28.00. »: the pronoun « en » before its verb counts a noun named
    before (the measure's cue): a quantity as surely as « 28.00 manifestants ». Not four digits
    or more after the dot, which a reference may have."""
    if w.why == "long" or fig.kind != "number" or num.scale != 1:
        return False
    m = ctx.measure_of(fig)
    return m is not None and "en" in m.cues


def dotted_count(ctx, fig, num, w) -> bool:
    """« quelque 2.20 supporters » in an article that writes « 27.450 spectateurs »: two digits
    after the dot, counting a plural noun (no unit, no price), where dots group thousands and no
    other number takes a decimal point: a thousands group short of a digit, not a decimal."""
    if w.decimal != "point" or fig.kind != "number" or fig.unit or not fig.subject \
            or num.scale != 1:
        return False
    head, _, tail = num.text.strip().partition(".")
    if len(tail) != 2 or not (head.isdigit() and 1 <= len(head) <= 3):
        return False
    m = ctx.measure_of(fig)
    phrase = (m.notes.get("phrase") or "") if m is not None else ""
    after = phrase.partition(num.text.strip())[2].split()
    if not after or after[0][-1:] not in ("s", "x"):
        return False    # the counted noun, plural, right after the number
    style = _dot_style(ctx)
    return style[0] and style[1] == 1
