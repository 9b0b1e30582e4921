from __future__ import annotations

import calendar as _cal

from numlint.figures.dates import MONTHS
from numlint.rules.base import Context, Rule

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


class InvalidDate(Rule):
    """Date qui n'existe pas.

    Ce qu'elle vérifie : un jour au-delà de la fin du mois (« 31 juin », « le 32 mai »), ou un
    29 février d'une année non bissextile (« 29 février 2025 »). Sans année écrite, un 29 février
    est accepté (il existe une année sur quatre).

    Pourquoi : une date impossible est toujours une faute de frappe, et le lecteur ne peut pas
    deviner la bonne.

    Exemple signalé : « Le pic de chaleur a été atteint le 31 juin. »
    Exemple accepté : « Le 29 février 2024, le scrutin a été reporté. »
    ---
    A date that does not exist.

    What it checks: a day past the end of its month ("31 juin", "le 32 mai"), or 29 February in a
    year that is not a leap year ("29 février 2025"). With no year written, 29 February is accepted
    (it exists one year in four).

    Why: an impossible date is always a typo, and the reader cannot guess the right one.

    Reported: "Le pic de chaleur a été atteint le 31 juin."
    Accepted: "Le 29 février 2024, le scrutin a été reporté."
    """
    code = "NUM402"
    name = "invalid-date"
    severity = "error"
    fires = (
        "Canicule\nLe pic de chaleur a été atteint le 31 juin à Nîmes.\n",
        "Un scrutin reporté\nLe vote, prévu le 29 février 2025, a été reporté.\n",
        "Marché de printemps\nLe marché se tiendra le 32 mai sur la place.\n",
    )
    quiet = (
        "Un scrutin reporté\nLe vote, prévu le 29 février 2024, a été reporté.\n",
        "Canicule\nLe pic de chaleur a été atteint le 30 juin à Nîmes.\n",
        "Marché d'hiver\nLe marché se tiendra le 29 février sur la place.\n",
    )

    def check(self, ctx: Context):
        for f in ctx.figures_of("date"):
            if not f.day or not f.month or f.value is not None:
                continue
            last = _cal.monthrange(f.year or 2024, f.month)[1]
            if 1 <= f.day <= last:
                continue
            month_fr, month_en = MONTHS[f.month - 1], _EN_MONTHS[f.month - 1]
            if f.month == 2 and f.day == 29 and f.year:
                fr = f"le 29 février {f.year} n'existe pas : {f.year} n'est pas une année bissextile"
                en = f"29 February {f.year} does not exist: {f.year} is not a leap year"
            elif f.day > 31 or f.day < 1:
                fr = f"le {f.day} {month_fr} n'existe pas : aucun mois n'a plus de 31 jours"
                en = f"{f.day} {month_en} does not exist: no month has more than 31 days"
            else:
                fr = f"le {f.day} {month_fr} n'existe pas : {month_fr} compte {last} jours"
                en = f"{f.day} {month_en} does not exist: {month_en} has {last} days"
            yield self.diagnostic(ctx, f, fr=fr, en=en)
