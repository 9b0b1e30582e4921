"""NUM302 part-exceeds-whole: a subset larger than its set."""
from __future__ import annotations

from numlint.measures import compare as C
from numlint.rules import _fmt
from numlint.rules.base import Context, Rule

_KILLED = frozenset({"tué", "mort"})
# nouns a text uses for the same things, one taking up the other (« 41 incendies … Sur l'ensemble
# des feux de la saison, 27 … »)
_SAME_THING = {"feu": frozenset({"incendie"}), "incendie": frozenset({"feu"})}


def _sibling_tail(ms, w, parts) -> bool:
    """« 243 stands. Parmi eux, 162 venaient de Suisse, dont 118 du Jura, et 81 de France »: the
    last parts plus the whole make exactly an exact count told just before (same or previous
    sentence): they are siblings of the whole, not parts of it. Quiet."""
    whole = ms[w]
    if not all(_exact_count(x) for x in parts + [whole]):
        return False
    f = whole.figure
    tails = {float(whole.figure.value) + sum(float(x.figure.value) for x in parts[k:]) for k in range(1, len(parts))}
    for x in reversed(ms[max(0, w - 12):w]):
        g = x.figure
        if g.block is not f.block or g.sentence < f.sentence - 1:
            break
        if _exact_count(x) and float(g.value) in tails:
            return True
    return False


def _exact_count(m) -> bool:
    f = m.figure
    return f.kind == "number" and C.numeric(f) and not C.vague(f) and f.approx is None and not f.is_range \
        and not C.malformed(f)


def _casualty(m) -> str | None:
    st = m.state
    if "tué ou blessé" in st or m.subject == "perte":
        return "both"
    if st & _KILLED or m.subject in _KILLED:
        return "killed"
    if "blessé" in st or m.subject == "blessé":
        return "wounded"
    if st & {"déployé", "envoyé"}:
        return "deployed"
    return None


_LABEL = {"both": ("tués ou blessés", "killed or wounded"), "killed": ("tués", "killed"),
          "wounded": ("blessés", "wounded"), "deployed": ("déployés", "deployed")}


def _label(m, lang: str) -> str:
    c = _casualty(m)
    text = _fmt.quote(m.figure.text)
    if c is None:
        return C.phrase(m)
    return f"{text} {_LABEL[c][0 if lang == 'fr' else 1]}"


def _host(m) -> str | None:
    """Who the casualties are: the subject unless it is a casualty noun itself."""
    return None if m.subject in C.CASUAL_NOUNS else m.subject


def _mid(f) -> float:
    if f.is_range:
        return (f.low + f.high) / 2
    return float(f.value)


def _count_bounds(m) -> tuple[float, float]:
    """Bounds of a figure in a parts list. A plain count of people or things written to the unit
    (« 14 prévenus », « 7 cadres ») is that whole number: its ± 0,5 of rounding holds no other
    count. Rounded (« 1 300 »), approximate or decimal figures keep their slack."""
    f = m.figure
    lo, hi = C.bounds(f)
    if f.kind == "number" and f.unit is None and f.approx is None and not f.is_range \
            and isinstance(f.value, int) and 0 <= f.value < 100 and hi - lo <= 1 and "about" not in m.cues:
        return float(f.value), float(f.value)
    return lo, hi


def _whole_high(m) -> float:
    """The most a whole of a « dont » list may be. « quelque 38 400 enseignants »: an
    approximate whole written to three figures or more is not 10 % off; 5 % is the most its
    « quelque » or « environ » allows (41 500 in its parts is a slip, 39 900 is not)."""
    f = m.figure
    hi = _count_bounds(m)[1]
    if f.approx == "about" and not f.is_range and isinstance(f.value, (int, float)) and f.value > 0 \
            and f.tolerance and f.tolerance <= 0.005 * f.value and f.numerals \
            and not any(n.words for n in f.numerals) and "about" not in m.cues:
        return min(hi, 1.05 * f.value + f.tolerance)
    return hi


def _precise_floor(whole, parts) -> bool:
    """« au moins 47 morts, dont 24 …, 17 … et 9 … »: a lower bound written to the unit (not a
    round 40 or 300) is the count the « dont » list splits; exact parts above it are a slip,
    not a higher toll. A round floor, or a part itself approximate: unsure, quiet. Only parts of
    the whole's own noun (split by place, by moment: disjoint); parts naming their own kind
    (« dont 15 passagers et 12 enfants ») may overlap, and the floor leaves room for that."""
    f = whole.figure
    if f.approx != "at_least" or f.kind != "number" or f.is_range or not isinstance(f.value, int) \
            or f.value <= 0 or f.value % 10 == 0 or not C.numeric(f) or C.vague(f):
        return False
    return all(_exact_count(p) and isinstance(p.figure.value, int) and p.subject == whole.subject
               for p in parts)


# units of what is never a sum of parts: a temperature, a speed, a flow, a price or a rate per
# unit, a pressure, a share (« 41,2 °C », « 130 km/h », « 2 euros le litre », « 12 % »)
_INTENSIVE = frozenset({"degree_Celsius", "degree_Fahrenheit", "kelvin", "knot", "hectopascal", "percent"})


def _no_whole(m) -> bool:
    """A figure that no « dont » splits: one of an intensive unit (a temperature, a speed, a
    rate: « dont 41,2 °C le 28 juillet » names a day it was reached, not a part), or a threshold
    crossed (« a dépassé 38 °C à quatre reprises, dont … », « ont dépassé 12 000 tonnes »):
    the whole is only a floor, anything above it fits."""
    f = m.figure
    u = f.unit or ""
    return "dépasse" in m.cues or u in _INTENSIVE or "/" in u or f.kind == "percent"


def _exceeds(part_lo: float, whole_hi: float, part: float, whole: float) -> bool:
    """The part is above the whole even when both are read at their most favourable. Round
    figures touching at the edge ("5.000 tués" against "4.000 tués ou blessés", each ± 500)
    still count: the written values differ by a whole step. The edge is matched to the scale of
    the figures (« 4,1 milliards » against 1,6 + 1,5 + 1,2 milliard touch at 4,15e9, where an
    absolute 1e-9 is lost in the float)."""
    if part <= whole:
        return False
    return part_lo > whole_hi - 1e-9 * max(1.0, abs(whole_hi))


_CONTAINERS = frozenset({
    "région", "pays", "ville", "département", "commune", "province", "canton", "état", "site",
    "lieu", "quartier", "arrondissement", "district", "localité", "village", "jour", "semaine", "mois",
    "an", "année", "heure", "étape", "édition", "match", "journée", "secteur", "zone",
}) | C.OCCASIONS    # events a count is spread over (« 37 joueurs sur les trois rencontres, dont 6 … »)


def _sum_exceeds(parts, whole, whole_hi: float | None = None) -> bool:
    """The parts' sum is surely above the whole (and not more than twice it: another whole)."""
    whi = _count_bounds(whole)[1] if whole_hi is None else whole_hi
    lo = sum(_count_bounds(x)[0] for x in parts)
    return _exceeds(lo, whi, sum(_mid(x.figure) for x in parts), _mid(whole.figure)) and lo <= 2 * whi


def _noted_parts(ms, n: int, key: str) -> list:
    """The first part marked key_first at n and the parts marked key after it in its sentence."""
    p = ms[n]
    f, mark = p.figure, p.notes[key]
    parts = [p]
    for x in ms[n + 1:]:
        g = x.figure
        if g.block is not f.block or g.sentence != f.sentence:
            break
        if x.notes and x.notes.get(key) == mark and not x.notes.get(key + "_first"):
            parts.append(x)
    return parts


def _told_count(ms, n: int, noun: str):
    """The one count of noun told before ms[n]'s sentence (compare.told_count), named by its
    own noun."""
    whole = C.told_count(ms, n, noun)
    return whole if whole is not None and whole.explicit_subject else None


def _sum_over(parts, whole) -> tuple[str, str]:
    """The messages of parts whose sum exceeds whole."""
    f = parts[0].figure
    terms = " + ".join(_fmt.quote(x.figure.text) for x in parts)
    total = sum(_mid(x.figure) for x in parts)
    return (f"{terms} = {C.fmt(total, f)}, plus que le total de {C.phrase(whole)} "
            f"({C.line_ref(whole, 'fr')})",
            f"{terms} = {C.fmt(total, f, 'en')}, more than the total of {C.phrase(whole)} "
            f"({C.line_ref(whole, 'en')})")


class PartExceedsWhole(Rule):
    """Une partie plus grande que le tout.

    Vérifie les sous-ensembles annoncés par « dont », « parmi », « sur les N », « N des M »,
    « d'entre eux » : chaque partie, et la somme des parties d'une même énumération, doit rester
    dans le tout ; après « 53 des 94 sièges, dont … », la liste divise les 53. Une phrase qui
    s'ouvre sur « Parmi les blessés, » divise le dernier décompte exact de ce nom donné avant
    (même paragraphe ou l'un des deux précédents) ; les apports « X a contribué à hauteur de A GWh à
    la production, Y pour B GWh » divisent le seul total de cette unité et de cette période donné
    dans les quatre paragraphes d'avant. Vérifie aussi la hiérarchie des bilans : tués ⊂ tués ou blessés (pertes) ⊆
    soldats déployés.

    Pourquoi : une partie qui dépasse son tout trahit une coquille ou deux bilans mélangés.

    Se déclenche : « 4.000 tués ou blessés, dont 5.000 tués » ; « 310 blessés, dont 190 dans le
    camp et 140 en ville ».
    Reste muet : « 310 blessés, dont 190 dans le camp et 120 en ville » ; « 37 joueurs sur les
    trois rencontres, dont 6 nouveaux internationaux » (les rencontres ne sont pas le tout).
    ---
    A part larger than its whole.

    Checks subsets written with "dont", "parmi", "sur les N", "N des M", "d'entre eux": each
    part, and the sum of the parts of one list, stays within the whole (after "53 des 94
    sièges, dont …", the list splits the 53; a sentence opening on "Parmi les blessés," splits
    the last exact count of that noun told before, within two paragraphs; shares « X a contribué à
    hauteur de A GWh à la production, Y pour B GWh » split the one total of their unit and period
    told within the four paragraphs before); and the casualty
    hierarchy: killed ⊂ killed or wounded (losses) ⊆ soldiers deployed.

    Why: a part larger than its whole betrays a typo or two tolls mixed up.

    Fires: "4.000 tués ou blessés, dont 5.000 tués"; "310 blessés, dont 190 … et 140 …".
    Quiet: "310 blessés, dont 190 dans le camp et 120 en ville"; "37 joueurs sur les trois
    rencontres, dont 6 nouveaux internationaux" (the matches are not the whole).
    """
    code = "NUM302"
    name = "part-exceeds-whole"
    severity = "error"
    fires = (
        "Darfour : une attaque meurtrière contre un camp\n"
        "Les secours sont débordés.\n"
        "Au total, 310 personnes ont été blessées, dont 190 dans le camp et 140 dans les quartiers "
        "voisins.\n",
    )
    quiet = (
        "Darfour : une attaque meurtrière contre un camp\n"
        "Les secours sont débordés.\n"
        "Au total, 310 personnes ont été blessées, dont 190 dans le camp et 120 dans les quartiers "
        "voisins.\n",
    )

    def check(self, ctx: Context):
        ms = ctx.measures
        lists: dict[int, list] = {}
        for m in ms:
            if m.part_of is not None and 0 <= m.part_of < len(ms) and C.numeric(m.figure):
                lists.setdefault(m.part_of, []).append(m)
        for w, parts in lists.items():
            whole = ms[w]
            if not C.numeric(whole.figure) or "chacun" in whole.cues or _no_whole(whole) \
                    or any(C.malformed(x.figure) for x in parts + [whole]):
                continue
            if len(parts) < 3 and whole.notes and whole.notes.get("among_verb"):
                continue    # « Parmi les 12 candidats figurent 3 ministres et 10 femmes »: may cross
            if "sur les" in whole.cues and whole.subject is not None and len(parts) >= 2 \
                    and any(p.subject == whole.subject and p.explicit_subject for p in parts) \
                    and any(p.subject != whole.subject and p.explicit_subject for p in parts):
                # « Parmi les 20 films, 12 premiers films, 9 films européens et 5 documentaires »:
                # a part named by the whole's own noun is picked by a trait, which may cross others
                continue
            if _crossing_traits(parts):
                continue    # « 18 femmes, 20 étudiants et 6 étrangers »: traits of people overlap
            # "716 000 sinistrés dans les huit régions, dont 160 000 à Maradi": the nearest number
            # counts places or periods, the part counts something else — not its whole.
            if whole.subject in _CONTAINERS and any(p.subject != whole.subject or not p.explicit_subject
                                                    for p in parts):
                continue
            whi = _whole_high(whole)
            if _precise_floor(whole, parts):
                whi = float(whole.figure.value)
            lo = sum(_count_bounds(p)[0] for p in parts)
            if not _exceeds(lo, whi, sum(_mid(p.figure) for p in parts), _mid(whole.figure)):
                continue
            # parts more than twice their whole are no slip: the nearest number is not what the
            # « dont » divides (« des rames à deux niveaux, dont 81 … »)
            if lo > 2 * whi:
                continue
            if _sibling_tail(ms, w, parts):
                continue
            # « 53 des 94 sièges, dont … »: a list of parts divides the 53; one part alone that still
            # fits in the 94 may qualify the 94 instead — quiet
            if len(parts) == 1 and whole.part_kind == "des" and whole.part_of is not None \
                    and 0 <= whole.part_of < len(ms) \
                    and C.numeric(ms[whole.part_of].figure) and lo <= C.bounds(ms[whole.part_of].figure)[1] + 1e-9:
                continue
            if len(parts) == 1:
                p = parts[0]
                fr = (f"{C.phrase(p)} sur un total de {C.phrase(whole)} ({C.line_ref(whole, 'fr')}) : "
                      f"la partie dépasse le tout")
                en = (f"{C.phrase(p)} out of a total of {C.phrase(whole)} ({C.line_ref(whole, 'en')}): "
                      f"the part exceeds the whole")
            else:
                terms = " + ".join(_fmt.quote(p.figure.text) for p in parts)
                total = sum(C.bounds(p.figure)[0] + C.bounds(p.figure)[1] for p in parts) / 2
                fr = (f"{terms} = {C.fmt(total, parts[0].figure)}, plus que le total de "
                      f"{C.phrase(whole)} ({C.line_ref(whole, 'fr')})")
                en = (f"{terms} = {C.fmt(total, parts[0].figure, 'en')}, more than the total of "
                      f"{C.phrase(whole)} ({C.line_ref(whole, 'en')})")
            yield self.diagnostic(ctx, parts[-1].figure, fr, en,
                                  related=[(whole.figure, "le tout", "the whole")])
        yield from self._casualties(ctx)
        yield from self._among_told(ctx)
        yield from self._contributions(ctx)
        yield from self._split_told(ctx)
        yield from self._alone_told(ctx)
        yield from self._listed(ctx)
        yield from self._staff_cuts(ctx)

    def _staff_cuts(self, ctx: Context):
        """« À Flers, où travaillent 85 salariés, le plan prévoit 92 suppressions de postes »: the
        cuts the measure stage ties to the site's headcount (notes["staff_of"]) cannot exceed it."""
        ms = ctx.measures
        for n, c in enumerate(ms):
            off = c.notes.get("staff_of") if c.notes else None
            if off is None or not 0 <= n + off < len(ms):
                continue
            h = ms[n + off]
            if any(not C.numeric(x.figure) or C.vague(x.figure) or C.malformed(x.figure) for x in (c, h)):
                continue
            if not c.figure.value > h.figure.value:
                continue
            fr = (f"{C.phrase(c)} sur un effectif de {C.phrase(h)} ({C.line_ref(h, 'fr')}) : "
                  f"plus de suppressions que de salariés sur le site")
            en = (f"{C.phrase(c)} out of a headcount of {C.phrase(h)} ({C.line_ref(h, 'en')}): "
                  f"more cuts than staff at the site")
            yield self.diagnostic(ctx, c.figure, fr, en, related=[(h.figure, "l'effectif", "the headcount")])

    def _listed(self, ctx: Context):
        """« Le club a encaissé 72 millions d'euros de produits, répartis comme suit : » then one
        list item per part: the parts the measure stage marks (notes["listed"]) split that whole;
        their sum must stay within it."""
        ms = ctx.measures
        lists: dict[int, list] = {}
        for m in ms:
            w = m.notes.get("listed") if m.notes else None
            if w is not None:
                lists.setdefault(w, []).append(m)
        for w, parts in lists.items():
            whole = ms[w]
            if any(not C.numeric(x.figure) or C.vague(x.figure) or C.malformed(x.figure) for x in parts + [whole]):
                continue
            if not _sum_exceeds(parts, whole):
                continue
            fr, en = _sum_over(parts, whole)
            yield self.diagnostic(ctx, parts[-1].figure, fr, en, related=[(whole.figure, "le tout", "the whole")])

    def _alone_told(self, ctx: Context):
        """« Le port a enregistré au total 1 870 escales de navires. Les porte-conteneurs, à eux
        seuls, y ont fait escale 1 920 fois »: the parts the measure stage marks after « à eux
        seuls » are a part of the count of their noun told before: in an earlier sentence of the
        same paragraph or in one of the two paragraphs before, the one value of that noun there,
        an exact count of its own noun, of the same moment."""
        ms = ctx.measures
        for n, p in enumerate(ms):
            if not (p.notes and p.notes.get("alone_first")):
                continue
            noun = p.notes["alone"]
            f = p.figure
            parts = _noted_parts(ms, n, "alone")
            if any(not C.numeric(x.figure) or C.vague(x.figure) or C.malformed(x.figure) for x in parts):
                continue
            whole = _told_count(ms, n, noun)
            if whole is None:
                continue
            w = whole.figure
            if w.approx is not None or w.is_range or not C.numeric(w) or C.vague(w) or C.malformed(w) \
                    or whole.cues - {"au total", "au total avant"} or whole.part_of is not None or whole.part_kind \
                    or whole.change_kind or whole.share_of is not None \
                    or any(x.time != whole.time or not C.context_compatible(x, whole) for x in parts):
                continue
            if not _sum_exceeds(parts, whole):
                continue
            if len(parts) == 1:
                fr = (f"{C.phrase(p)} sur un total de {C.phrase(whole)} ({C.line_ref(whole, 'fr')}) : "
                      f"la partie dépasse le tout")
                en = (f"{C.phrase(p)} out of a total of {C.phrase(whole)} ({C.line_ref(whole, 'en')}): "
                      f"the part exceeds the whole")
            else:
                fr, en = _sum_over(parts, whole)
            yield self.diagnostic(ctx, parts[-1].figure, fr, en, related=[(w, "le tout", "the whole")])

    def _contributions(self, ctx: Context):
        """« Les centrales ont produit 2 950 GWh entre le 1er mars et le 30 juin. … Les équipements
        ariégeois ont contribué à hauteur de 1 840 GWh à la production printanière, ceux des
        Hautes-Pyrénées pour 1 310 GWh »: shares of « la production » (the measure stage marks
        them) split the whole told before, in the same or one of the four paragraphs before: the
        one figure there of their kind and unit, of their period (none of another year or a
        comparison), exact or « environ ». Two figures of other values, or none: unsure, quiet.
        At least two shares."""
        ms = ctx.measures
        for n, p in enumerate(ms):
            if not (p.notes and p.notes.get("contrib_first")):
                continue
            f = p.figure
            parts = [p]
            for x in ms[n + 1:]:
                g = x.figure
                if g.block is not f.block or g.sentence != f.sentence:
                    break
                if x.notes and x.notes.get("contrib") and not x.notes.get("contrib_first"):
                    parts.append(x)
            if len(parts) < 2 or any(not C.numeric(x.figure) or C.vague(x.figure) or C.malformed(x.figure)
                                     or x.figure.is_range or x.figure.approx is not None or x.change_kind
                                     for x in parts):
                continue
            times = {x.time for x in parts}
            if len(times) > 1:
                continue
            t = times.pop()
            wholes = []
            for x in reversed(ms[:n]):
                g = x.figure
                if g.block is None or f.block.index - g.block.index > 4:
                    break
                if g.kind != f.kind or g.unit != f.unit:
                    continue
                wholes.append(x)
            wholes = [x for x in wholes if not C.headline(x.figure)]
            if t is None:
                # the period of the shares is the one told: a whole of another year is a comparison
                wholes = [x for x in wholes if x.time is None or x.time.startswith("--")]
            else:
                wholes = [x for x in wholes if x.time == t]
            if not wholes or len({_mid(x.figure) for x in wholes}) != 1:
                continue
            whole = wholes[-1]
            w = whole.figure
            if w.approx not in (None, "about") or w.is_range or not C.numeric(w) or C.vague(w) \
                    or C.malformed(w) or whole.cues or whole.part_of is not None or whole.part_kind \
                    or whole.change_kind or whole.share_of is not None \
                    or (whole.notes and whole.notes.get("contrib")):
                continue
            if not _sum_exceeds(parts, whole, _whole_high(whole)):
                continue
            fr, en = _sum_over(parts, whole)
            yield self.diagnostic(ctx, parts[-1].figure, fr, en, related=[(w, "le tout", "the whole")])

    def _split_told(self, ctx: Context):
        """« Avec 9 850 naissances en 2025, … Ces naissances se répartissent entre le site
        principal, où 6 120 enfants ont vu le jour, les maternités du sud, qui en ont accueilli
        2 480, et … »: the parts the measure stage marks in a sentence opening on « ces <nom> » and
        a verb of splitting divide the count of that noun told before (in the same or one of the
        two paragraphs before, the one value of that noun there, an exact count, of the same
        moment). At least two parts."""
        ms = ctx.measures
        for n, p in enumerate(ms):
            if not (p.notes and p.notes.get("split_first")):
                continue
            noun = p.notes["split"]
            parts = _noted_parts(ms, n, "split")
            if len(parts) < 2 or any(not C.numeric(x.figure) or C.vague(x.figure) or C.malformed(x.figure)
                                     or x.change_kind or x.share_of is not None
                                     or x.figure.approx is not None or x.figure.is_range for x in parts):
                continue
            # « ces » takes up the one count of that noun told before (two values, « 212 000 dons
            # …, lorsque la collecte était tombée sous les 190 000 dons »: which? quiet)
            whole = _told_count(ms, n, noun)
            if whole is None:
                continue
            w = whole.figure
            if w.approx is not None or w.is_range or not C.numeric(w) or C.vague(w) or C.malformed(w) \
                    or whole.cues or whole.part_of is not None or whole.part_kind or whole.change_kind \
                    or whole.share_of is not None \
                    or any(x.time and x.time != whole.time for x in parts):
                continue
            if not _sum_exceeds(parts, whole):
                continue
            fr, en = _sum_over(parts, whole)
            yield self.diagnostic(ctx, parts[-1].figure, fr, en, related=[(w, "le tout", "the whole")])

    def _among_told(self, ctx: Context):
        """« … 312 blessés, selon le bilan. … Parmi les blessés, 190 sont grièvement atteints et 150
        plus légèrement »: a sentence that opens on « parmi les <nom> », its whole counted before,
        splits the nearest earlier count of that noun (in the same or one of the two paragraphs
        before, an exact count, of the same moment). Its parts: the figures that follow, of no
        noun of their own; the first figure of another noun ends them."""
        ms = ctx.measures
        for n, p in enumerate(ms):
            noun = p.notes.get("parmi") if p.notes else None
            if not noun:
                continue
            f = p.figure
            parts = [p]
            for x in ms[n + 1:]:
                g = x.figure
                gap = bool(x.notes and x.notes.get("parmi_gap"))    # « … étaient majeures et 940 mineures »
                if g.block is not f.block or g.sentence != f.sentence or g.kind != "number" \
                        or (x.explicit_subject or x.subject not in (None, noun)) and not gap or x.cues \
                        or x.part_of is not None or x.part_kind or x.change_kind or x.share_of is not None:
                    break
                parts.append(x)
            if any(not C.numeric(x.figure) or C.vague(x.figure) or C.malformed(x.figure) or x.cues
                   or x.change_kind or x.figure.is_range for x in parts):
                continue
            whole = None
            nouns = _SAME_THING.get(noun, frozenset()) | {noun}
            for x in reversed(ms[:n]):
                if x.subject in nouns and x.explicit_subject and x.figure.kind == "number":
                    whole = x
                    break
            if whole is None or whole.figure.block is None or C.headline(whole.figure):
                continue
            w = whole.figure
            if w.approx is not None or w.is_range or not C.numeric(w) or C.vague(w) or C.malformed(w) \
                    or whole.cues or whole.part_of is not None or whole.part_kind or whole.change_kind \
                    or f.block.index - w.block.index > 2 \
                    or any(x.time and x.time != whole.time for x in parts):
                continue
            if not _sum_exceeds(parts, whole):
                continue
            fr, en = _sum_over(parts, whole)
            yield self.diagnostic(ctx, parts[-1].figure, fr, en, related=[(w, "le tout", "the whole")])

    def _told_by_verbs(self, cands, boths, done, ctx: Context):
        """« 2 860 victimes, tués et blessés confondus » … « ont tué 980 personnes, …, et en ont
        blessé 2 040 »: the killed and the wounded told by their verbs, one of each in a sentence,
        sum to more than the one toll of both told in that paragraph or the two before it."""
        told = [m for m in cands if m.notes.get("verb_state") and _exact_count(m)
                and not m.notes.get("verb_span")]
        if len(told) < 2 or not boths:
            return
        for a in told:
            if a.notes["verb_state"] != "tué" or id(a) in done:
                continue
            fa = a.figure
            same = [x for x in told if x.figure.block is fa.block and x.figure.sentence == fa.sentence]
            kills = [x for x in same if x.notes["verb_state"] == "tué"]
            hurt = [x for x in same if x.notes["verb_state"] == "blessé"]
            if len(kills) != 1 or len(hurt) != 1 or id(hurt[0]) in done:
                continue
            c = hurt[0]
            wholes = [b for b in boths if _exact_count(b) and _host(b) is None
                      and b.figure.block is not None and fa.block is not None
                      and 0 <= fa.block.index - b.figure.block.index <= 2
                      and (b.figure.block is not fa.block or b.figure.start < fa.start)
                      and a.time == b.time == c.time
                      and C.context_compatible(a, b) and C.context_compatible(c, b)]
            if len(wholes) != 1:
                continue
            b = wholes[0]
            lo = C.bounds(fa)[0] + C.bounds(c.figure)[0]
            mid = _mid(fa) + _mid(c.figure)
            if not _exceeds(lo, C.bounds(b.figure)[1], mid, _mid(b.figure)):
                continue
            done.add(id(c))
            s_fr, s_en = C.fmt(mid, fa), C.fmt(mid, fa, "en")
            fr = (f"{_label(b, 'fr')} ({C.line_ref(b, 'fr')}), mais {_label(a, 'fr')} + {_label(c, 'fr')} "
                  f"= {s_fr} ({C.line_ref(c, 'fr')}) : les parties du bilan dépassent le bilan")
            en = (f"{_label(b, 'en')} ({C.line_ref(b, 'en')}), but {_label(a, 'en')} + {_label(c, 'en')} "
                  f"= {s_en} ({C.line_ref(c, 'en')}): the parts of the toll exceed the toll")
            yield self.diagnostic(ctx, c.figure, fr, en, related=[
                (b.figure, _label(b, "fr"), _label(b, "en")), (fa, _label(a, "fr"), _label(a, "en"))])

    def _casualties(self, ctx: Context):
        # the cheap tests first (all pure: the order changes only the time)
        cands = [m for m in ctx.measures if m.figure.kind == "number" and m.part_of is None
                 and _casualty(m) and C.numeric(m.figure) and not C.vague(m.figure)
                 and not m.cues & {"contre", "change", "dont", "chacun"} and "autre" not in m.qualifiers
                 and not C.malformed(m.figure)]
        if len(cands) > 80:
            return
        done = set()
        kinds = [_casualty(m) for m in cands]
        boths = [b for b, cb in zip(cands, kinds) if cb == "both"]
        for a, ca in zip(cands, kinds):
            if ca not in ("killed", "wounded"):
                continue            # a must fit inside b, a toll of both
            for b in boths:
                if a is b:
                    continue
                if _host(a) != _host(b) and _host(a) is not None and _host(b) is not None:
                    continue
                if (_host(a) is None) != (_host(b) is None) and not (a.subject in C.CASUAL_NOUNS or b.subject in C.CASUAL_NOUNS):
                    continue
                if not C.context_compatible(a, b):
                    continue
                if (a.notes.get("verb_state") or b.notes.get("both_told")) \
                        and (a.figure.block is not b.figure.block or a.figure.sentence != b.figure.sentence):
                    # « ont tué 150 personnes », « 40 victimes, tués et blessés confondus »: read for
                    # the sum of both verbs; alone, a count told elsewhere may be of a wider span
                    continue
                if _exceeds(C.bounds(a.figure)[0], C.bounds(b.figure)[1], _mid(a.figure), _mid(b.figure)) \
                        and id(a) not in done:
                    done.add(id(a))
                    fr = (f"{_label(b, 'fr')} ({C.line_ref(b, 'fr')}), mais {_label(a, 'fr')} "
                          f"({C.line_ref(a, 'fr')}) : une partie du bilan dépasse le bilan")
                    en = (f"{_label(b, 'en')} ({C.line_ref(b, 'en')}), but {_label(a, 'en')} "
                          f"({C.line_ref(a, 'en')}): part of the toll exceeds the toll")
                    yield self.diagnostic(ctx, a.figure, fr, en,
                                          related=[(b.figure, _label(b, "fr"), _label(b, "en"))])
        yield from self._told_by_verbs(cands, boths, done, ctx)
        # losses larger than all the soldiers deployed
        deployed: dict = {}
        for m, cm in zip(cands, kinds):
            if cm == "deployed" and m.subject:
                deployed.setdefault(m.subject, []).append(m)
        for a, ca in zip(cands, kinds):
            if ca not in ("killed", "wounded", "both") or not a.subject or a.subject not in deployed:
                continue
            ds = [d for d in deployed[a.subject] if not (d.who and a.who and d.who != a.who)]
            if not ds:
                continue
            top = sum(C.bounds(d.figure)[1] for d in ds)
            if _exceeds(C.bounds(a.figure)[0], top, _mid(a.figure), sum(_mid(d.figure) for d in ds)):
                fr = (f"{C.phrase(a)} ({C.line_ref(a, 'fr')}), plus que les soldats déployés "
                      f"({' + '.join(C.phrase(d) for d in ds)})")
                en = (f"{C.phrase(a)} ({C.line_ref(a, 'en')}), more than the soldiers deployed "
                      f"({' + '.join(C.phrase(d) for d in ds)})")
                yield self.diagnostic(ctx, a.figure, fr, en,
                                      related=[(d.figure, C.phrase(d), C.phrase(d)) for d in ds])


# traits by which people are counted: a list taking parts from two of these families (« 18 femmes,
# 20 étudiants et 6 étrangers ») counts the same people twice, not a split
_TRAIT_FAMILIES = {
    **dict.fromkeys(("femme", "homme", "fille", "garçon"), "sexe"),
    **dict.fromkeys(("enfant", "mineur", "adulte", "majeur", "jeune", "senior", "retraité", "étudiant",
                     "lycéen", "collégien"), "âge"),
    **dict.fromkeys(("étranger", "étrangère", "français", "française", "ressortissant"), "nationalité"),
}


def _crossing_traits(parts) -> bool:
    fams = {_TRAIT_FAMILIES.get(p.subject) for p in parts if p.explicit_subject}
    return len(fams) > 1 and bool(fams - {None}) and (None in fams or len(fams - {None}) > 1)

