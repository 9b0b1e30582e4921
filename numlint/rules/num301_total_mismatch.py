"""NUM301 total-mismatch: a stated total that its parts do not add up to."""
from __future__ import annotations

from numlint.measures import compare as C
from numlint.rules import _fmt
from numlint.rules.base import Context, Rule


class TotalMismatch(Rule):
    """Un total annoncé que ses composantes ne donnent pas.

    Vérifie les totaux écrits « soit … au total », « au total », « en tout », « pour ces trois
    villes », « en plus des » : la somme des chiffres de la même phrase, de même nature et de même
    unité, doit retomber sur le total, à la précision écrite près (fourchettes comprises).

    Pourquoi : une composante corrigée sans reprendre le total, ou un total recopié d'une autre
    version, se voit à l'addition.

    Se déclenche : « 25.000 à 30.000 soldats, en plus des 11.000 déjà envoyés, soit 50.000 au
    total ».
    Reste muet : « … soit 36.000 à 41.000 au total », « … soit près de 40.000 au total ».
    ---
    A stated total its parts do not add up to.

    Checks totals written "soit … au total", "au total", "en tout", "pour ces trois villes",
    "en plus des": the figures of the same sentence, of the same kind and unit, must add up to the
    total within the precision written (ranges included).

    Why: a part corrected without the total, or a total copied from another version, shows in
    the sum.

    Fires: "25.000 à 30.000 soldats, en plus des 11.000 déjà envoyés, soit 50.000 au total".
    Quiet: "… soit 36.000 à 41.000 au total", "… soit près de 40.000 au total".
    """
    code = "NUM301"
    name = "total-mismatch"
    severity = "error"
    fires = (
        "Corée du Nord : de nouveaux renforts pour Moscou\n"
        "Pyongyang prépare un nouveau contingent.\n"
        "Pyongyang s'apprête à déployer 25.000 à 30.000 soldats supplémentaires, en plus des "
        "11.000 soldats déjà envoyés, soit 50.000 au total.\n",
    )
    quiet = (
        "Corée du Nord : de nouveaux renforts pour Moscou\n"
        "Pyongyang prépare un nouveau contingent.\n"
        "Pyongyang s'apprête à déployer 25.000 à 30.000 soldats supplémentaires, en plus des "
        "11.000 soldats déjà envoyés, soit près de 40.000 au total.\n",
    )

    def check(self, ctx: Context):
        ms = ctx.measures
        for m in ms:
            if not m.total_of or not C.numeric(m.figure):
                continue
            parts = [ms[i] for i in m.total_of if 0 <= i < len(ms) and C.numeric(ms[i].figure)]
            if len(parts) < 2:
                continue
            s = C.add([C.bounds(p.figure) for p in parts])
            t = C.bounds(m.figure)
            if C.overlap(s, t):
                continue
            terms = " + ".join(_fmt.quote(p.figure.text) for p in parts)
            fr, en = _sum_text(parts, m.figure, "fr"), _sum_text(parts, m.figure, "en")
            fr = f"{terms} = {fr}, pas {_fmt.quote(m.figure.text)} comme l'annonce le total"
            en = f"{terms} = {en}, not {_fmt.quote(m.figure.text)} as the total says"
            yield self.diagnostic(ctx, m.figure, fr, en,
                                  related=[(p.figure, "composante", "part") for p in parts])


def _sum_text(parts, like, lang: str) -> str:
    if any(p.figure.is_range for p in parts):
        lo = sum(min(p.figure.low, p.figure.high) if p.figure.is_range else float(p.figure.value) for p in parts)
        hi = sum(max(p.figure.low, p.figure.high) if p.figure.is_range else float(p.figure.value) for p in parts)
        return f"{C.fmt(lo, like, lang)} {'à' if lang == 'fr' else 'to'} {C.fmt(hi, like, lang)}"
    return C.fmt(sum(_mid(p.figure) for p in parts), like, lang)


def _mid(f) -> float:
    if f.is_range:
        return (f.low + f.high) / 2
    return float(f.value)
