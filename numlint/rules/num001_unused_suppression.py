from __future__ import annotations

from numlint.diagnostics import Diagnostic
from numlint.rules.base import Context, Rule


class UnusedSuppression(Rule):
    """Commentaire de suppression qui ne supprime rien.

    Ce qu'elle vérifie : chaque commentaire `numlint: disable` ou `numlint: ignore` doit
    couvrir au moins un constat d'une règle active. Sinon, il est signalé.

    Pourquoi : un commentaire devenu inutile (le chiffre a été corrigé, le paragraphe réécrit)
    masquerait en silence la prochaine vraie erreur au même endroit. Les codes visant une règle
    désactivée dans cette configuration ne sont pas signalés : ils peuvent servir ailleurs.

    Exemple signalé (texte brut) : `# numlint: disable NUM101` au-dessus de « De 25.000 à 30.000
    soldats déployés », où il n'y a pas d'intervalle inversé à taire.

    Exemple accepté : le même commentaire au-dessus de « De 30.000 à 25.000 soldats déployés ».
    ---
    Suppression comment that suppresses nothing.

    What it checks: every `numlint: disable` or `numlint: ignore` comment must cover at least one
    finding of a rule that ran. Otherwise it is reported.

    Why: a stale comment (the figure was fixed, the paragraph rewritten) would silently hide the
    next real error at the same place. Codes aimed at a rule switched off in this configuration
    are not reported: they may be needed elsewhere.

    Reported (plain text): `# numlint: disable NUM101` above "De 25.000 à 30.000 soldats
    déployés", where there is no reversed range to silence.

    Accepted: the same comment above "De 30.000 à 25.000 soldats déployés".
    """
    code = "NUM001"
    name = "unused-suppression"
    severity = "info"
    # The examples run with only NUM001 selected: a blanket suppression (no code) is the one
    # that can be unused whatever else runs.
    fires = (
        "Renforts à la frontière\n"
        "# numlint: ignore\n"
        "De 25.000 à 30.000 soldats ont été déployés cette semaine.\n",
        "Renforts à la frontière\n"
        "\n"
        "// numlint: disable\n"
        "Le ministère annonce 1.200 recrutements d'ici la rentrée.\n",
    )
    quiet = (
        "Renforts à la frontière\n"
        "De 25.000 à 30.000 soldats ont été déployés cette semaine.\n",
        "Renforts à la frontière\n"
        "# Note de la rédaction : chiffres du ministère\n"
        "De 25.000 à 30.000 soldats ont été déployés cette semaine.\n",
    )

    def check(self, ctx: Context):
        # Suppressions are settled in the engine, after every other rule ran (suppression.py).
        return ()

    @classmethod
    def unused(cls, path: str, directive, codes: list[str | None], lang: str = "fr") -> Diagnostic:
        named = ", ".join(c for c in codes if c) if any(codes) else None
        if lang == "en":
            message = (f"suppression '{directive.action}' of {named} suppresses nothing" if named
                       else f"suppression '{directive.action}' suppresses nothing")
        else:
            message = (f"la suppression « {directive.action} » de {named} ne supprime rien" if named
                       else f"la suppression « {directive.action} » ne supprime rien")
        return Diagnostic(code=cls.code, rule=cls.name, severity=cls.severity, message=message,
                          start=directive.start, end=directive.end, path=path)
