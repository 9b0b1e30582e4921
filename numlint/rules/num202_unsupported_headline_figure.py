"""NUM202 unsupported-headline-figure: a headline figure the body never gives."""
from __future__ import annotations

from numlint.measures import compare as C
from numlint.rules.base import Context, Rule


class UnsupportedHeadlineFigure(Rule):
    """Un chiffre du titre ou d'un intertitre que le texte ne donne jamais.

    Vérifie que chaque chiffre annoncé en titre ou en intertitre se retrouve dans le corps de
    l'article pour la même mesure : répété, arrondi (« près de 200 » pour 196), encadré par une
    fourchette ou obtenu en additionnant les chiffres d'une même phrase.

    Pourquoi : un titre qui annonce un chiffre absent du texte vient souvent d'une version
    précédente de l'article, ou d'une source que le texte ne cite pas.

    Se déclenche : intertitre « Une facture de 50 milliards de dollars », aucun montant de cet
    ordre dans le texte.
    Reste muet : intertitre « 1.500 vols annulés », texte « Au total, 1.500 vols ont été annulés ».
    ---
    A figure in the title or a heading that the body never gives.

    Checks that every figure of the title or of a heading appears in the body for the same
    measure: repeated, rounded, bracketed by a range, or the sum of the figures of one sentence.

    Why: a headline figure missing from the text usually comes from an earlier version of the
    story or from a source the text does not quote.

    Fires: heading "Une facture de 50 milliards de dollars" with no such amount in the text.
    Quiet: heading "1.500 vols annulés", text "Au total, 1.500 vols ont été annulés".
    """
    code = "NUM202"
    name = "unsupported-headline-figure"
    severity = "warning"
    fires = (
        "Ouragan : les assureurs redoutent une facture salée\n"
        "La tempête a balayé la côte dans la nuit.\n"
        "Une facture de 50 milliards d'euros\n"
        "Les assureurs n'ont encore publié aucune estimation. Plus de 2.000 maisons ont été "
        "endommagées le long du littoral.\n",
    )
    quiet = (
        "Grève : 1.500 vols annulés jeudi\n"
        "Le trafic aérien est fortement perturbé.\n"
        "Au total, 1.500 vols ont été annulés jeudi dans les aéroports français.\n",
    )

    def check(self, ctx: Context):
        body = [m for m in ctx.measures if not C.headline(m.figure) and C.numeric(m.figure)]
        heads = [m for m in ctx.measures if m.figure.block is not None
                 and m.figure.block.kind in ("title", "heading")]
        if not body:
            return
        sums = _sentence_sums(body)
        for h in heads:
            f = h.figure
            if f.kind not in ("number", "money", "percent") or C.vague(f):
                continue
            if f.kind == "number" and not (h.subject and h.explicit_subject):
                continue
            lo, hi = C.mbounds(h, True)
            if hi < 10 and f.kind == "number":
                continue
            hb = (lo, hi)
            if any(_same_kind(f, m.figure) and C.supports(h, m) for m in ctx.measures
                   if m is not h and m.figure.block is not f.block):
                continue
            if any(k == (f.kind, f.unit) and C.overlap(hb, s) for k, s in sums):
                continue
            if f.kind == "number" and any(m.subject == h.subject and m.state == h.state for m in body):
                continue   # the body gives the measure with another value: NUM201's business
            fr = (f"{C.where(h, 'fr')} annonce {C.phrase(h)}, un chiffre que le texte ne donne nulle part")
            en = (f"{C.where(h, 'en')} gives {C.phrase(h)}, a figure the text never gives")
            yield self.diagnostic(ctx, f, fr, en)


def _same_kind(a, b) -> bool:
    if a.kind == "number":
        return b.kind == "number"
    return a.kind == b.kind and a.unit == b.unit


def _sentence_sums(body) -> list:
    by: dict = {}
    for m in body:
        f = m.figure
        if f.kind in ("number", "money") and f.block is not None:
            by.setdefault((id(f.block), f.sentence, f.kind, f.unit), []).append(f)
    out = []
    for (_, _, kind, unit), fs in by.items():
        if 2 <= len(fs) <= 12:
            for a in range(len(fs)):
                for b in range(a + 2, len(fs) + 1):
                    out.append(((kind, unit), C.add([C.bounds(x) for x in fs[a:b]])))
    return out
