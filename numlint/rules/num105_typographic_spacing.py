"""Espacement typographique : espaces sécables ou absentes dans les nombres et avant les unités.

Ce qui est vérifié (règle désactivée par défaut, `--select NUM105`) : un signe ou une unité collés
au nombre (« 12% », « 50km ») ; une espace ordinaire, donc sécable, entre les milliers (« 25 000 »)
ou avant « % » et l'unité, là où la typographie française veut une espace insécable (U+00A0) ou
fine insécable (U+202F). Avec `house-style = "fr-BE"`, les milliers s'écrivent « 25.000 » ; avec
`"fr-CH"`, « 25'000 » ; avec `"fr-FR"` (le défaut), « 25 000 » avec une espace insécable.

Pourquoi : une espace sécable laisse la fin de ligne couper « 25 » de « 000 », ou « 12 » de « % ».

Se déclenche : « 12% », « 50km », « 25 000 » avec une espace ordinaire.
Reste muet : « 12 % » avec U+202F ou U+00A0, « 25 000 » avec U+202F.
---
Typographic spacing: breakable or missing spaces inside numbers and before units.

What it checks (off by default, `--select NUM105`): a sign or unit glued to the number ("12%",
"50km"); an ordinary, breakable space between thousands ("25 000") or before "%" and units, where
French typography wants a no-break space (U+00A0) or narrow no-break space (U+202F). With
`house-style = "fr-BE"`, thousands are written "25.000"; with `"fr-CH"`, "25'000"; with `"fr-FR"`
(the default), "25 000" with a no-break space.

Why: a breakable space lets the line end split "25" from "000", or "12" from "%".

Fires: "12%", "50km", "25 000" with an ordinary space.
Quiet: "12 %" with U+202F or U+00A0, "25 000" with U+202F.
"""
from __future__ import annotations

from numlint.rules.base import Rule
from numlint.rules._style import HOUSE_THOUSANDS, NON_BREAKING, STYLE_EN, STYLE_FR, digit_numerals_of

UNIT_KINDS = ("percent", "quantity")


class TypographicSpacing(Rule):
    __doc__ = __doc__
    code = "NUM105"
    name = "typographic-spacing"
    severity = "info"
    enabled_by_default = False
    fires = (
        "Chômage\n"
        "Le taux de chômage s'établit à 7,3% au troisième trimestre.\n",
        "Trail\n"
        "Le parcours de 50km traverse le massif de la Chartreuse.\n",
    )
    quiet = (
        "Chômage\n"
        "Le taux de chômage s'établit à 7,3\u202f% au troisième trimestre.\n",
        "Trail\n"
        "Le parcours de 50\u00a0km traverse le massif, avec 25\u202f000 spectateurs.\n",
    )

    def check(self, ctx):
        house = HOUSE_THOUSANDS.get(ctx.house_style or "fr-FR", "space")
        for fig, num, w in digit_numerals_of(ctx):
            if w.malformed or not w.thousands:
                continue
            if w.thousands != house:
                if not ctx.house_style:
                    continue    # without a house style, choosing between styles is NUM104's job
                yield self.diagnostic(
                    ctx, (num.start, num.end),
                    fr=f"« {num.text} » : le style maison {ctx.house_style} groupe les milliers avec "
                       f"{STYLE_FR[house]}",
                    en=f"« {num.text} »: house style {ctx.house_style} groups thousands with "
                       f"{STYLE_EN[house]}")
            elif house == "space" and any(c in " \u2009" for c in num.text):
                yield self.diagnostic(
                    ctx, (num.start, num.end),
                    fr=f"« {num.text} » : espace sécable entre les milliers ; mettre une espace "
                       f"fine insécable (U+202F) ou insécable (U+00A0)",
                    en=f"« {num.text} »: breakable space between thousands; use a narrow no-break "
                       f"space (U+202F) or a no-break space (U+00A0)")
        for fig in ctx.figures:
            if fig.kind not in UNIT_KINDS or not fig.unit_text or fig.unit_space is None \
                    or not fig.numerals:
                continue
            if fig.unit_space in NON_BREAKING or _no_space_unit(fig.unit_text):
                continue
            if fig.unit_space != "" and not _symbol(fig.unit_text):
                continue    # "12 tonnes": house styles differ on words; symbols are the rule
            last = fig.numerals[-1]
            end = last.end + len(fig.unit_space) + len(fig.unit_text)
            span = (last.start, end if end <= fig.end else last.end)
            if fig.unit_space == "":
                fr = f"« {fig.unit_text} » collé au nombre : écrire « {last.text}\u202f{fig.unit_text} »"
                en = f"« {fig.unit_text} » glued to the number: write « {last.text}\u202f{fig.unit_text} »"
            else:
                fr = f"espace sécable avant « {fig.unit_text} » : mettre une espace insécable"
                en = f"breakable space before « {fig.unit_text} »: use a no-break space"
            yield self.diagnostic(ctx, span, fr=fr, en=en)


def _symbol(unit_text: str) -> bool:
    """"%", "km", "°C", "km/h", "MW" — not a unit written as a word ("tonnes", "mètres")."""
    return len(unit_text) <= 4 and " " not in unit_text


def _no_space_unit(unit_text: str) -> bool:
    """Units French sets without a space: degrees of angle, prime signs."""
    return unit_text in ("°", "′", "″", "'", '"')
