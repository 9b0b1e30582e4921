"""Dimension incohérente : une même mesure donnée dans des unités de dimensions différentes.

Ce qui est vérifié : une quantité reprise plus loin avec le même nombre mais une unité d'une autre
dimension — le plus souvent une unité tronquée (« 160 km² » puis « une surface de 160 km » ;
« des vents de 193 km/h » puis « ces vents de 193 km » ; « 2 800 m³/s » puis « un débit de
2 800 m³ »), ou le même nombre et le même sujet dans
deux dimensions (longueurs, superficies, volumes et vitesses seulement) ; une puissance reprise
en énergie (« d'une puissance de 900 MW » puis « les 900 MWh de la centrale », « avec ses 900
MWh »). Les quantités qu'une
conversion écrite confirme (« 120 miles (193 km) »), les sujets différents et les petits nombres
sont laissés de côté ; un nombre rond (multiple de 5 : « à 50 km de la côte », « des vents de
50 km/h ») ne compte que si le sujet est le même ou si l'autre quantité est confirmée par une
conversion (« 16.000 hectares, soit 160 km² »).

Pourquoi : une superficie en kilomètres ou une vitesse en kilomètres n'a pas de sens ; le lecteur ne
sait plus laquelle des deux valeurs croire.

Se déclenche : « 16.000 hectares, soit 160 km² » puis « la surface brûlée, de 160 km ».
Reste muet : la même dimension dans des unités différentes (« 160 km² » et « 16.000 hectares »),
ou deux mesures distinctes (« un parcours de 42 km » et « 42 km/h de moyenne » pour deux sujets
nommés différemment).
---
Dimension mismatch: one measure given in units of different dimensions.

What it checks: a quantity repeated further on with the same number but a unit of another
dimension — most often a truncated unit ("160 km²" then "une surface de 160 km"; "des vents de
193 km/h" then "ces vents de 193 km"; "2 800 m³/s" then "un débit de 2 800 m³"), or the same
number and subject in two dimensions (lengths, areas, volumes and speeds only); a power told
again as an energy ("d'une puissance de 900 MW" then "les 900 MWh de la centrale", "avec ses 900
MWh"). Quantities confirmed by a written conversion ("120 miles
(193 km)"), different subjects and small numbers are left alone; a round number (a multiple of 5:
"à 50 km de la côte", "des vents de 50 km/h") counts only with the same subject or when the other
quantity is confirmed by a conversion ("16.000 hectares, soit 160 km²").

Why: an area in kilometres or a speed in kilometres makes no sense; readers no longer know which
value to believe.

Fires: "16.000 hectares, soit 160 km²" then "la surface brûlée, de 160 km".
Quiet: the same dimension in different units ("160 km²" and "16.000 hectares"), or two distinct
measures ("un parcours de 42 km" and "42 km/h de moyenne" for two differently named subjects).
"""
from __future__ import annotations

from numlint.rules.base import Rule, iter_pairs

# Lengths, areas, volumes and speeds are what gets confused ("160 km" for "160 km²"); a battery of
# "12 MW" and "12 MWh" is two measures (only a power named and told again is checked, apart).
SPACE = {(("[length]", 1),), (("[length]", 2),), (("[length]", 3),),
         (("[length]", 1), ("[time]", -1)), (("[length]", 3), ("[time]", -1))}
LENGTH, AREA, VOLUME = (("[length]", 1),), (("[length]", 2),), (("[length]", 3),)
FLOW = (("[length]", 3), ("[time]", -1))
POWER = (("[length]", 2), ("[mass]", 1), ("[time]", -3))
ENERGY = (("[length]", 2), ("[mass]", 1), ("[time]", -2))
# « une puissance (installée, nominale) de 480 MW »: the noun, or the adjective that follows it
POWER_NOUNS = frozenset({"puissance", "puissances", "installée", "installées", "nominale",
                         "nominales"})
# what a truncated unit lost: "²" "³" "2" "3" "/h" " carrés" " cubes" " par heure" "-heure"
CUT = ("²", "³", "2", "3", "/", " carr", " cub", " par ", "-heure", " à l", " ** ", " / ")


class DimensionMismatch(Rule):
    __doc__ = __doc__
    code = "NUM502"
    name = "dimension-mismatch"
    severity = "error"
    fires = (
        "Inondations dans le Gard\n"
        "Les eaux ont recouvert 47 km² de terres agricoles.\n"
        "Sur ces 47 km, les pertes de récoltes sont totales.\n",
        "Tempête Ciaran\n"
        "Des rafales de 207 km/h ont été mesurées à la pointe du Raz.\n"
        "Ces rafales de 207 km ont abattu des milliers d'arbres.\n",
    )
    quiet = (
        "Inondations dans le Gard\n"
        "Les eaux ont recouvert 45 km², soit 4.500 hectares de terres agricoles.\n",
        "Tempête Ciaran\n"
        "Des rafales de 207 km/h ont été mesurées à la pointe du Raz.\n"
        "La tempête a traversé la Manche à 80 km/h.\n",
    )

    def check(self, ctx):
        quantities = [f for f in ctx.figures_of("quantity") if f.unit and not f.is_range
                      and isinstance(f.value, (int, float)) and f.numerals]
        if len(quantities) < 2:
            return
        reported = set()
        for f in quantities:
            src = f.conversion_of
            if src is not None and src.kind == "quantity" and src.unit and src.unit != f.unit:
                d = self._restated(ctx, f, src)
                if d is not None:
                    reported.add(id(f))
                    yield d
        yield from self._power_as_energy(ctx, quantities)
        by_value: dict[str, list] = {}
        seen = set()
        for f in quantities:
            key = (_written(f), f.unit, f.unit_text, f.subject, f.conversion_of is None)
            if key in seen:
                continue    # one of each: a long file repeating "100 km" stays linear
            seen.add(key)
            by_value.setdefault(_written(f), []).append(f)
        groups = [g for g in by_value.values() if len(g) > 1]
        if not groups:
            return
        from numlint.rules import _units      # pint only when a number comes back with a unit
        confirmed = _confirmed(ctx.figures, _units)
        for group in groups:
            for a, b in iter_pairs(group):
                da, db = _units.dimension(a), _units.dimension(b)
                if da is None or db is None or da == db or not (da in SPACE and db in SPACE):
                    continue
                wrong = _truncated(a, b, written=True)
                if wrong is None:
                    wrong = _truncated(a, b)
                    if wrong is None:
                        if not (a.subject and a.subject == b.subject):
                            continue
                        wrong = b
                    # no cut seen as written (« kilomètres » and « km² »): the odd one out is
                    # the side whose dimension the article does not usually give this number in
                    other = b if wrong is a else a
                    if _usual(quantities, wrong, _units) and not _usual(quantities, other, _units):
                        wrong = other
                right = b if wrong is a else a
                if id(wrong) in confirmed or id(wrong) in reported:
                    continue
                if a.subject and b.subject and a.subject != b.subject:
                    continue
                if abs(float(a.value)) < 10 and not _written(a).count(","):
                    continue    # "3 m" and "3 m²" meet by chance too easily
                same_subject = bool(a.subject and a.subject == b.subject)
                if float(a.value) % 5 == 0 and not same_subject and id(right) not in confirmed \
                        and not _only(ctx, wrong, right, _units.dimension(right)):
                    continue    # "à 50 km de la côte", "une piscine de 25 m²": round numbers recur
                reported.add(id(wrong))
                wd = _units.dimension_name(_units.dimension(wrong), "fr") or "une autre dimension"
                rd = _units.dimension_name(_units.dimension(right), "fr") or "une autre dimension"
                wde = _units.dimension_name(_units.dimension(wrong), "en") or "another dimension"
                rde = _units.dimension_name(_units.dimension(right), "en") or "another dimension"
                yield self.diagnostic(
                    ctx, wrong,
                    fr=f"{_said(wrong)} est {wd}, alors que la même mesure est donnée ailleurs en "
                       f"{_said(right)}, {rd}",
                    en=f"{_said(wrong)} is {wde}, while the same measure is given elsewhere as "
                       f"{_said(right)}, {rde}",
                    related=[(right, f"{_said(right)} : {rd}", f"{_said(right)}: {rde}")],
                )

    def _power_as_energy(self, ctx, quantities):
        """« d'une puissance de 900 MW » then « les 900 MWh de la centrale »: the power told again
        with an « h » slipped in. A battery has both (« 100 MW et 100 MWh »), so only an energy
        that tells a measure again (« les », « ces », « ses », « leurs »), with no noun of its own, the same number
        and symbol, after a power named as such, and no energy of that number before it."""
        powers: dict[tuple, list] = {}
        energies = []
        for f in quantities:
            u = (f.unit_text or "").strip()
            if u.endswith("h") and len(u) > 1:
                energies.append(f)
            else:
                powers.setdefault((_written(f), u), []).append(f)
        cands = [(e, powers[k]) for e in energies
                 if (k := (_written(e), (e.unit_text or "").strip()[:-1])) in powers]
        if not cands:
            return
        from numlint.rules import _units
        for e, ps in cands:
            if _units.dimension(e) != ENERGY or (abs(float(e.value)) < 10 and "," not in _written(e)):
                continue
            me = ctx.measure_of(e)
            if me is None or not me.notes.get("definite") or "of" in me.notes or me.subject:
                continue
            ps = [p for p in ps if p.start < e.start and _units.dimension(p) == POWER]
            if len(ps) != 1 or any(x is not e and x.start < e.start and _written(x) == _written(e)
                                   and _units.dimension(x) == ENERGY for x in energies):
                continue
            p = ps[0]
            mp = ctx.measure_of(p)
            if mp is None or mp.notes.get("of") not in POWER_NOUNS:
                continue
            wd, rd = _units.dimension_name(ENERGY, "fr"), _units.dimension_name(POWER, "fr")
            wde, rde = _units.dimension_name(ENERGY, "en"), _units.dimension_name(POWER, "en")
            yield self.diagnostic(
                ctx, e,
                fr=f"{_said(e)} est {wd}, alors que la même mesure est donnée plus haut en "
                   f"{_said(p)}, {rd}",
                en=f"{_said(e)} is {wde}, while the same measure is given above as {_said(p)}, {rde}",
                related=[(p, f"{_said(p)} : {rd}", f"{_said(p)}: {rde}")],
            )

    def _restated(self, ctx, f, src):
        """« 3,7 millions d'hectares, soit 37 000 km »: a written conversion whose number is
        right for the unit it lost (km² here), so the unit, not the number, is wrong."""
        from numlint.rules import _units
        df, ds = _units.dimension(f), _units.dimension(src)
        if df is None or ds is None or df == ds or df not in SPACE or ds not in SPACE \
                or not isinstance(src.value, (int, float)) or src.is_range:
            return None
        if df == LENGTH and ds in (AREA, VOLUME):
            meant = f"({f.unit}) ** {2 if ds == AREA else 3}"
        else:
            return None     # a speed: « 73 miles à l'heure » may lose its « à l'heure » upstream
        v = _units.convert(float(src.value), src.unit, meant)
        if not v or abs(float(f.value) - v) > 0.02 * abs(v):
            return None
        unit = "²" if ds == AREA else "³"
        return self.diagnostic(
            ctx, f,
            fr=f"{_said(f)} est {_units.dimension_name(df, 'fr')}, alors que {src.text} est "
               f"{_units.dimension_name(ds, 'fr')} : la conversion donne {_written(f)} "
               f"{f.unit_text or f.unit}{unit}",
            en=f"{_said(f)} is {_units.dimension_name(df, 'en')}, while {src.text} is "
               f"{_units.dimension_name(ds, 'en')}: it converts to {_written(f)} "
               f"{f.unit_text or f.unit}{unit}",
            related=[(src, f"{src.text} : {_units.dimension_name(ds, 'fr')}",
                      f"{src.text}: {_units.dimension_name(ds, 'en')}")],
        )


# nouns that a quantity of one dimension only can measure: « des rafales de 90 km » is a speed cut
ONLY = {
    (("[length]", 1), ("[time]", -1)): frozenset({"rafale", "rafales", "vent", "vents", "vitesse"}),
    AREA: frozenset({"superficie", "superficies"}),
    # « un débit de 2 800 m³ » beside « 2 800 m³/s »: a flow, its « /s » lost
    FLOW: frozenset({"débit", "débits", "flux"}),
}


def _only(ctx, f, right, dim) -> bool:
    m = ctx.measure_of(f)
    if m is None or m.notes.get("of") not in ONLY.get(dim, ()):
        return False
    if dim == FLOW:
        # the symbol as written cut at its « / » (« m³ » of « m³/s »), not « mètres cubes »
        # beside « m³/s », which may be a flow whose « à la seconde » was not read
        cut, whole = (f.unit_text or "").strip(), (right.unit_text or "").strip()
        return bool(cut) and whole.startswith(cut + "/")
    return True


def _written(f) -> str:
    return f.numerals[-1].text


def _said(f) -> str:
    return f"{_written(f)} {f.unit_text or f.unit}"


def _usual(quantities, f, units) -> bool:
    """Whether the article gives f's number in f's dimension as a rule: in more figures than
    in any other dimension, or in the title and no fewer times."""
    dim, w = units.dimension(f), _written(f)
    mine = other = 0
    top = False
    for q in quantities:
        if _written(q) != w:
            continue
        if units.dimension(q) == dim:
            mine += 1
            top = top or (q.block is not None and q.block.kind == "title")
        else:
            other += 1
    return mine > other or (top and mine >= other)


def _truncated(a, b, written=None):
    """The figure whose unit is the other's cut short ("km" for "km²", "km/h"), else None.
    Read on the units as written (only them if `written`), else on pint's names
    ("kilomètres" for "km²")."""
    pairs = [((a.unit_text or "").strip(), (b.unit_text or "").strip()), (a.unit, b.unit)]
    for ua, ub in pairs[:1] if written else pairs[1:]:
        if not ua or not ub or ua == ub:
            continue
        if ub.startswith(ua) and ub[len(ua):].startswith(CUT):
            return a
        if ua.startswith(ub) and ua[len(ub):].startswith(CUT):
            return b
    return None


def _confirmed(figures, units) -> set[int]:
    """Quantities a written conversion of the same dimension vouches for ("120 miles (193 km)")."""
    out = set()
    for f in figures:
        src = f.conversion_of
        if src is not None and units.dimension(src) == units.dimension(f) is not None:
            out.add(id(src))
            out.add(id(f))
    return out
