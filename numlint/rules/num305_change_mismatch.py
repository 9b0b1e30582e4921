"""NUM305 change-mismatch: a stated change that the two values do not give."""
from __future__ import annotations

import dataclasses

from numlint.measures import compare as C
from numlint.rules import _fmt
from numlint.rules.base import Context, Rule


# a computed ratio past these, next to a modest stated change, pairs the wrong figures
_ABSURD_LOW, _ABSURD_HIGH = 0.01, 100.0


def _modest(m) -> bool:
    """The stated change is a ratio between 0,1 and 10 (« ×3 », « +64 % », « -40 % »)."""
    if m.change_kind == "factor":
        return 0.1 <= (m.change_factor or 2.0) <= 10
    if m.change_kind != "percent" or not C.numeric(m.figure) or m.figure.is_range:
        return False
    v = abs(float(m.figure.value))
    return v < 900 and not (m.change_sign < 0 and v >= 90)


def _year_beside_grouped(nums) -> bool:
    """« de 1 050 à 2026 »: of two plain numerals, one written in thousands groups and the other
    a bare 1900-2100 without a group mark, the bare one is a year (« d'ici à 2026 »), not a value."""
    if len(nums) != 2 or any(n.words or n.scale != 1 or n.decimals for n in nums):
        return False
    bare = [n for n in nums if n.group_sep is None and 1900 <= n.value <= 2100 and n.text.isdigit()]
    grouped = [n for n in nums if n.group_sep is not None]
    return len(bare) == 1 and len(grouped) == 1


def _side(f, other) -> tuple[float, float]:
    """Bounds of one side of a change. « environ 40 000, contre 35 000 »: both rounded to the same
    unit, « environ » says that rounding, so one unit either side, not a tenth of the value."""
    if f.approx == "about" and other.approx is None and f.tolerance >= 5 \
            and f.tolerance == other.tolerance and f.numerals and not any(n.words for n in f.numerals) \
            and isinstance(f.value, (int, float)) and not f.is_range:
        return f.value - 2 * f.tolerance, f.value + 2 * f.tolerance
    return C.bounds(f)


def _across(ms, m, ia: int, ib: int) -> bool:
    """« 48 cas graves dans le groupe témoin, contre 9 dans le groupe vacciné, soit une réduction
    de 81 % »: a « contre » figure at the same moment is another group, not an earlier value. The
    stated word (« réduction », « hausse ») then says the direction: from the larger to the
    smaller for a fall, when the two values, as paired, go the other way."""
    if m.change_sign == 0 or m.change_kind not in ("percent", "absolute") or ia == ib:
        return False
    x, y = ms[ia], ms[ib]
    a, b = x.figure, y.figure
    if "contre" not in x.cues or x.time != y.time or a.is_range or b.is_range \
            or not (C.numeric(a) and C.numeric(b)):
        return False
    return (float(b.value) - float(a.value)) * m.change_sign < 0


def _joint(a, b, fa, fb, va, vb):
    """« de 12 000 à 15 000, soit 35 % »: two plain values rounded to the same unit have errors of
    their own; a change worked out from the exact values does not reach the corner of both at
    their worst at once (one down by half a unit, the other up by as much): allow 4/5 of each."""
    if a.approx is not None or b.approx is not None or not a.tolerance or a.tolerance != b.tolerance:
        return fa, fb
    t = 0.8 * a.tolerance
    return (va - t, va + t), (vb - t, vb + t)


def _conversion_source(ms, ia: int, ib: int) -> int:
    """« 7,1 milliards de dinars, soit environ 2,1 milliards d'euros, contre 6,57 milliards de
    dinars »: a « soit » figure of another kind or unit than the earlier value restates the figure
    just before it; that figure, of the earlier value's kind and unit, is the new value."""
    j = ib - 1
    if j < 0 or j == ia or ia < ib or "soit" not in ms[ib].cues or "soit" in ms[j].cues:
        return ib
    a, b, c = ms[ia].figure, ms[ib].figure, ms[j].figure
    if (b.kind, b.unit) != (a.kind, a.unit) and (c.kind, c.unit) == (a.kind, a.unit):
        return j
    return ib


def _contrary_and_far(ms, m, ia: int, ib: int, actual: float) -> bool:
    """« 4 462 logements dans les villes de 10 000 habitants et plus, contre 5 071, soit une
    baisse de 12 % »: when the figure taken as the new value beside a « contre » gives a change
    both the other way from the stated word and far larger (+97 % for « baisse de 12 % »), and the
    two values read the other way round do not give it either (-49 %), the wrong figure was paired,
    not the change miswritten (« 48, contre 9, soit une réduction de 81 % » still fires)."""
    if ia == ib or m.change_sign == 0 or "contre" not in ms[ia].cues or actual * m.change_sign >= 0:
        return False
    stated = abs(float(m.figure.value))
    return abs(actual) >= max(3 * stated, 30)


class ChangeMismatch(Rule):
    """Une évolution annoncée que les deux valeurs ne donnent pas.

    Vérifie « passé de 200 à 300, soit une hausse de 50 % », « 812 millions, contre 794
    millions l'an dernier, soit une progression de 2,3 % », « a doublé, de 40 à 80 », et la
    valeur antérieure donnée dans la phrase suivante (« 515 000 visiteurs. L'an dernier, il en
    avait attiré 480 000, soit une hausse de 7 % ») : la
    variation calculée sur les deux valeurs écrites doit retomber sur celle annoncée, à la
    précision écrite près (« environ », « presque » élargissent la tolérance). Une variation
    calculée absurde (-100 %, +1 000 000 %) face à une variation annoncée modeste trahit deux
    chiffres mal appariés : la règle se tait.

    Pourquoi : un pourcentage d'évolution repris d'une version antérieure, ou calculé sur la
    mauvaise base, est une erreur fréquente et vérifiable.

    Se déclenche : « passé de 200 à 300, soit une hausse de 25 % » ; « a doublé, de 40 à 60 ».
    Reste muet : « de 200 à 300, soit +50 % » ; « a presque doublé, de 40 à 78 ».
    ---
    A stated change that the two values do not give.

    Checks "passé de 200 à 300, soit une hausse de 50 %", "812 millions, contre 794 millions
    l'an dernier, soit une progression de 2,3 %", "a doublé, de 40 à 80", and the earlier value
    told in the next sentence ("515 000 visiteurs. L'an dernier, il en avait attiré 480 000, soit
    une hausse de 7 %"): the change computed
    from the two values written must match the one stated, within the precision written. A
    computed change that is absurd (-100 %, +1,000,000 %) next to a modest stated one means two
    figures wrongly paired: the rule stays quiet.

    Why: a change copied from an earlier version, or computed on the wrong base, is common and
    checkable.

    Fires: "passé de 200 à 300, soit une hausse de 25 %"; "a doublé, de 40 à 60".
    Quiet: "de 200 à 300, soit +50 %"; "a presque doublé, de 40 à 78".
    """
    code = "NUM305"
    name = "change-mismatch"
    severity = "warning"
    fires = (
        "Emploi : la commune recrute\n"
        "Le conseil municipal a voté le budget.\n"
        "Le nombre d'agents municipaux est passé de 200 à 300 en cinq ans, soit une hausse de 25 %.\n",
    )
    quiet = (
        "Emploi : la commune recrute\n"
        "Le conseil municipal a voté le budget.\n"
        "Le nombre d'agents municipaux est passé de 200 à 300 en cinq ans, soit une hausse de 50 %.\n",
    )

    def check(self, ctx: Context):
        ms = ctx.measures
        for i, m in enumerate(ms):
            if not m.change_kind or m.change_from is None or m.change_to is None:
                continue
            ia, ib = m.change_from, m.change_to
            ib = _conversion_source(ms, ia, ib)
            if _across(ms, m, ia, ib):
                ia, ib = ib, ia
            out = self._verdict(ms, m, ia, ib)
            if out is None:
                continue
            alt = m.notes.get("change_alt_to")
            # several pairings plausible (a figure and its conversion): quiet if any fits
            if alt is not None and 0 <= i + alt < len(ms) and i + alt != m.change_from \
                    and self._verdict(ms, m, m.change_from, i + alt, net=False) is None:
                continue
            fig, fr, en, related = out
            yield self.diagnostic(ctx, fig, fr, en, related=related)

    @staticmethod
    def _verdict(ms, m, ia: int, ib: int, net: bool = True):
        """None when the change from ms[ia] to ms[ib] fits (or cannot be checked), else the
        diagnostic's (figure, fr, en, related). Without the net, an absurd pairing does not fit."""
        a, b = ms[ia].figure, ms[ib].figure
        if C.malformed(a) or C.malformed(b) or C.malformed(m.figure):
            return None
        nums = a.numerals if ia == ib else a.numerals + b.numerals
        if a.kind == "number" and b.kind == "number" and _year_beside_grouped(nums):
            return None
        if ia == ib:
            fa, fb = C.point_bounds(a, "low"), C.point_bounds(a, "high")
            va, vb = a.low, a.high
        else:
            if not (C.numeric(a) and C.numeric(b)) or a.is_range or b.is_range:
                return None
            fa, fb = _side(a, b), _side(b, a)
            if ms[ib].notes.get("only") and b.approx == "at_least":
                # « elle n'en compte plus que 860 »: only 860, the figure's « plus que » is no bound
                fb = C.bounds(dataclasses.replace(b, approx=None))
            va, vb = a.value, b.value
        if va is None or vb is None or fa[0] <= 0 or va == 0:
            return None
        fa, fb = _joint(a, b, fa, fb, va, vb)
        if fa[1] == float("inf") or fb[1] == float("inf"):
            return None
        ra = (fb[0] / fa[1], fb[1] / fa[0])
        actual = vb / va
        src = f"{C.fmt(va, a)} → {C.fmt(vb, b if b is not a else a)}"
        src_en = f"{C.fmt(va, a, 'en')} → {C.fmt(vb, b if b is not a else a, 'en')}"
        if net and (0 < actual <= _ABSURD_LOW or actual >= _ABSURD_HIGH) and _modest(m):
            return None     # -100 %, +1 000 000 %: the wrong two figures paired, not a wrong change
        if m.change_kind == "factor" and m.change_factor_approx == "fraction":
            # « a bondi d'un tiers »: a round word, a third read as +30 % to +37 %
            d = (m.change_factor or 1.0) - 1
            lo, hi = (0.65, 1.4) if m.notes.get("change_fraction_about") else \
                (0.9, 1.5) if m.notes.get("change_fraction_good") else (0.9, 1.11)   # « un bon tiers »: a bit more
            want = (1 + d * lo, 1 + d * hi) if d > 0 else (1 + d * hi, 1 + d * lo)
            if C.overlap(ra, want):
                return None
            said = m.notes.get("change_fraction", "")
            actual_s = (actual - 1) * 100
            fr = f"{src} fait {'+' if actual_s >= 0 else ''}{C.pct(actual_s)}, pas « {said} » " \
                 f"({'+' if d > 0 else ''}{C.pct(d * 100)})"
            en = f"{src_en} is {'+' if actual_s >= 0 else ''}{C.pct(actual_s, 'en')}, not '{said}' " \
                 f"({'+' if d > 0 else ''}{C.pct(d * 100, 'en')})"
            return b, fr, en, [(a, "valeur de départ", "starting value")]
        if m.change_kind == "factor":
            k = m.change_factor or 2.0
            if m.change_factor_approx == "about":
                want = (k * 0.8, k * 1.05)
            elif m.change_factor_approx == "at_least":
                want = (k, float("inf"))
            else:
                want = (k * 0.95, k * 1.05)
            if C.overlap(ra, want):
                return None
            fr = f"{src} fait ×" + f"{actual:.2f}".replace(".", ",") + f", pas ×{k:g}"
            en = f"{src_en} is ×{actual:.2f}, not ×{k:g}"
            return b, fr, en, [(a, "valeur de départ", "starting value")]
        f = m.figure
        if not C.numeric(f) or f.is_range:
            return None
        lo, hi = C.mbounds(m)
        if m.change_kind == "percent":
            got = ((ra[0] - 1) * 100, (ra[1] - 1) * 100)
            actual_s = (actual - 1) * 100
            sfmt, sfmt_en = C.pct(actual_s), C.pct(actual_s, "en")
        else:
            got = (fb[0] - fa[1], fb[1] - fa[0])
            actual_s = vb - va
            sfmt, sfmt_en = C.fmt(actual_s, f), C.fmt(actual_s, f, "en")
            points = False
            if a.kind == "percent" and f.kind != "percent" or f.unit == "pp":
                # a gap between two shares, in points: say so on both sides
                src, src_en = (f"{C.pct(va)} → {C.pct(vb)}", f"{C.pct(va, 'en')} → {C.pct(vb, 'en')}")
                sfmt += " point" if abs(actual_s) < 2 else " points"
                sfmt_en += " point" if abs(actual_s) == 1 else " points"
                points = True
        if m.change_sign < 0:
            want = (-hi, -lo)
        elif m.change_sign > 0:
            want = (lo, hi)
        else:
            want = (lo, hi) if float(f.value) >= 0 else (lo, hi)
            if not f.signed:
                got = (min(abs(got[0]), abs(got[1])) if got[0] * got[1] > 0 else 0, max(abs(got[0]), abs(got[1])))
        if C.overlap(got, want):
            return None
        if net and m.change_kind == "percent" and ra[0] > 0 and _contrary_and_far(ms, m, ia, ib, actual_s) \
                and not C.overlap(((1 / ra[1] - 1) * 100, (1 / ra[0] - 1) * 100), want):
            return None     # neither way round gives the stated change: the wrong figure paired
        ftext = ftext_en = _fmt.quote(f.text)
        if m.change_kind != "percent" and points and "point" not in str(f.text):
            # « pas 21 » would read as a bare number: the stated gap is in points too
            v = abs(float(f.value))
            ftext += " point" if v < 2 else " points"
            ftext_en += " point" if v == 1 else " points"
        fr = f"{src} fait {'+' if actual_s >= 0 else ''}{sfmt}, pas {ftext}"
        en = f"{src_en} is {'+' if actual_s >= 0 else ''}{sfmt_en}, not {ftext_en}"
        return f, fr, en, [
            (a, "valeur de départ", "starting value")] + ([(b, "valeur d'arrivée", "final value")] if b is not a else [])
