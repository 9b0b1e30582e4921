"""Conversion fausse : une quantité et sa conversion écrites côte à côte ne concordent pas.

Ce qui est vérifié : deux quantités de même dimension en unités différentes que le texte donne
l'une pour l'autre — entre parenthèses (« 100 km (62 miles) »), après « soit », « ou » ou
« environ » (« 12 km², soit 1.200 hectares »). La conversion est faite avec pint et jugée à la
précision écrite : l'arrondi des deux nombres (« 0,8 » vaut de 0,75 à 0,85 ; « 20 000 pieds »
accepte un arrondi au millier), « environ » et une marge de 2 % pour les facteurs arrondis
(1 mile ≈ 1,6 km). Un intervalle se convertit borne à borne (« de 30 à 35 °C (86 à 95 °F) »). Un
écart de quelques degrés est aussi accepté comme tel (« une hausse de 2 °C (3,6 °F) ») ; les
« milles » peuvent être marins, les gallons impériaux.

Pourquoi : une conversion fausse est une erreur que le lecteur anglophone ou le spécialiste voit
tout de suite, et qui jette le doute sur le reste de l'article.

Se déclenche : « 100 km (80 miles) », « 30 °C (50 °F) ».
Reste muet : « 100 km (62 miles) », « 30 °C (86 °F) », « 12 km², soit 1.200 hectares ».
---
Conversion mismatch: a quantity and its conversion, written side by side, do not agree.

What it checks: two quantities of one dimension in different units that the text gives one for the
other — in parentheses ("100 km (62 miles)"), after "soit", "ou" or "environ" ("12 km², soit
1.200 hectares"). The conversion is done with pint and judged to the precision written: the
rounding of both numbers ("0,8" stands for 0.75 to 0.85; "20 000 pieds" may be rounded to the
thousand), "environ", and a 2 % margin for rounded factors (1 mile ≈ 1.6 km). A bound
converts as a number ("jusqu'à 110 km/h (68 mph)"). A range converts
bound by bound ("de 30 à 35 °C (86 à 95 °F)"). A difference of a few degrees is accepted as such
("une hausse de 2 °C (3,6 °F)"); French « milles » may be nautical, gallons imperial.

Why: a wrong conversion is an error English-speaking readers and specialists spot at once, and it
casts doubt on the rest of the article.

Fires: "100 km (80 miles)", "30 °C (50 °F)".
Quiet: "100 km (62 miles)", "30 °C (86 °F)", "12 km², soit 1.200 hectares".
"""
from __future__ import annotations

import math

from numlint.figures.model import Figure, Numeral
from numlint.rules.base import Rule
from numlint.rules._fmt import num_en, num_fr

SLACK = 0.02        # rounded conversion factors: 1 mile ≈ 1,6 km, 1 pied ≈ 30 cm
# Names that stand for two units: French « milles » are nautical at sea, statute in the US;
# a gallon is American or imperial.
AMBIGUOUS = {"mile": ("mile", "nautical_mile"), "gallon": ("gallon", "imperial_gallon")}


class ConversionMismatch(Rule):
    __doc__ = __doc__
    code = "NUM501"
    name = "conversion-mismatch"
    severity = "error"
    fires = (
        "Tour de France\n"
        "L'étape du jour, longue de 100 km (80 miles), relie Pau à Lourdes.\n",
        "Canicule à Séville\n"
        "Le thermomètre a atteint 30 °C (50 °F) dès 9 heures du matin.\n",
    )
    quiet = (
        "Tour de France\n"
        "L'étape du jour, longue de 100 km (62 miles), relie Pau à Lourdes.\n",
        "Canicule à Séville\n"
        "Le thermomètre a atteint 30 °C (86 °F) dès 9 heures du matin.\n",
        "Incendie\n"
        "Le feu a parcouru 12 km², soit 1.200 hectares de garrigue.\n",
    )

    def check(self, ctx):
        pairs = [(f.conversion_of, f) for f in ctx.figures_of("quantity") if f.conversion_of is not None]
        if not pairs:
            return
        from numlint.rules import _units      # pint only when the article converts something
        before = {}
        if any((dst.conversion_cue or "").startswith("×") for _, dst in pairs):
            figs = ctx.figures
            before = {id(b): a for a, b in zip(figs, figs[1:])}
        for src, dst in pairs:
            found = _mismatch(_units, src, dst)
            if found is None:
                continue
            src_txt = _said(src)
            count = before.get(id(src)) if (dst.conversion_cue or "").startswith("×") else None
            if count is not None:
                # « 90 000 pipes de 550 litres, soit 495 000 hectolitres »: the conversion may
                # be of the whole; it is wrong only when it is neither the one nor the whole
                whole = _product(count, src)
                if whole is None:
                    continue
                found_whole = _mismatch(_units, whole, dst)
                if found_whole is None:
                    continue
                if _farther(found_whole[0], dst) < _farther(found[0], dst):   # the nearer reading
                    n_txt = count.text if count.kind == "number" else _number(count)
                    found, src_txt = found_whole, f"{n_txt} × {src_txt}"
            expected, digits = found
            if dst.conversion_cue == "(/" and _per_period(expected, dst):
                continue
            dst_txt = dst.unit_text or dst.unit
            shown = _number(dst)
            yield self.diagnostic(
                ctx, dst,
                fr=f"{src_txt} font environ {num_fr(expected, digits)} {dst_txt}, pas {shown}",
                en=f"{src_txt} is about {num_en(expected, digits)} {dst_txt}, not {shown}",
                related=[(src, f"la quantité convertie : {src_txt}", f"the quantity converted: {src_txt}")],
            )


def _mismatch(units, src, dst) -> tuple[float, int] | None:
    """(expected value in dst's unit, digits to show) when the two cannot be the same quantity."""
    if src.is_range != dst.is_range:
        return None
    su, du = units.unit_of(src), units.unit_of(dst)
    if su is None or du is None or su == du:
        return None
    if units.dimension(src) != units.dimension(dst):
        return None
    found = None
    for s_alt in _readings(units, src, su):
        for d_alt in _readings(units, dst, du):
            found = _mismatch_units(units, src, dst, s_alt, d_alt)
            if found is None:
                return None           # one reading of the units agrees
    return found


def _readings(units, fig, unit) -> list:
    names = AMBIGUOUS.get(fig.unit)
    if not names or (fig.unit == "mile" and "mile" in (fig.unit_text or "").lower()
                     and "mille" not in (fig.unit_text or "").lower()):
        return [unit]             # "miles" written in English is the statute mile
    parsed = [units.parse(n) for n in names]
    return [u for u in parsed if u is not None] or [unit]


def _mismatch_units(units, src, dst, su, du):
    if src.is_range:          # "de 30 à 35 °C (86 à 95 °F)": bound against bound
        pairs = [(src.low, dst.low, 0), (src.high, dst.high, -1)]
    else:
        pairs = [(src.value, dst.value, -1)]
    for sv, dv, i in pairs:
        if not _numeric(sv) or not _numeric(dv):
            return None
        found = _mismatch_one(units, su, du, src, dst, float(sv), float(dv), i)
        if found is not None:
            return found
    return None


def _mismatch_one(units, su, du, src, dst, sv, dv, i):
    # « jusqu'à 110 km/h (68 mph) »: the conversion restates the bound, so the bound is converted
    restated = src.approx in _BOUNDS and dst.approx in (None, src.approx)
    offsets = units.is_offset(su) or units.is_offset(du)
    lo, hi = _interval(src, sv, i, trailing_zeros=False, open_bound=not restated,
                       offset=units.is_offset(su))
    dlo, dhi = _interval(dst, dv, i, trailing_zeros=True, open_bound=not restated,
                         offset=units.is_offset(du))
    # a difference of temperature ("une hausse de 2 °C (3,6 °F)") is at most a few degrees
    small = offsets and abs(units.convert(sv, su, "kelvin", True) or 99) <= 10
    ways = (False, True) if small else (False,)
    best = None
    for delta in ways:
        a, b = units.convert(lo, su, du, delta), units.convert(hi, su, du, delta)
        if a is None or b is None:
            return None
        a, b = min(a, b), max(a, b)
        # « environ » already says the factor was rounded: its own slack stands for the margin
        margin = 0.0 if _about_sized(src, dst, offsets) else SLACK * max(abs(a), abs(b))
        if a - margin <= dhi and dlo <= b + margin:
            return None                             # the intervals meet: it may be right
        if best is None:
            best = units.convert(sv, su, du, delta)
    if best is None:
        return None
    return best, _digits(dst, i)


def _product(count, src):
    """The whole of `count` containers of `src` each, as a quantity written as precisely as the
    two factors are (none when either is not a plain number)."""
    n, x = count.value, src.value
    if src.is_range or not _numeric(n) or not _numeric(x) or n <= 0:
        return None
    if src.approx not in (None, "about"):
        return None
    n_lo, n_hi = _interval(count, float(n), -1, trailing_zeros=False)
    x_lo, x_hi = _interval(src, float(x), -1, trailing_zeros=False)
    value = float(n) * float(x)
    half = max(abs(n_hi * x_hi - value), abs(value - n_lo * x_lo))
    num = Numeral(text=num_fr(value), start=src.start, end=src.end, value=value, scale=2 * half or 1)
    return Figure(text=f"{count.text} × {src.text}", start=count.start, end=src.end,
                  kind="quantity", value=value,
                  unit=src.unit, unit_text=src.unit_text, numerals=[num])


# « 150 litres par jour (55 m³) » may give the year's total: a bracket after « par an », « par
# jour » is read as the same rate only when it is no period's multiple of it either
_PERIODS = (7, 12, 24, 30, 31, 52, 60, 365, 366, 4.33)


def _per_period(expected: float, dst) -> bool:
    far = _farther(expected, dst)
    return far == float("inf") or any(abs(far - math.log(k)) < 0.15 for k in _PERIODS)


def _farther(expected: float, dst) -> float:
    """How far, as a ratio, the written number is from the expected one."""
    v = float(dst.value) if _numeric(dst.value) else 0.0
    if expected <= 0 or v <= 0:
        return float("inf")
    return abs(math.log(v / expected))


def _numeric(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def _numeral(fig, i: int):
    return fig.numerals[i] if fig.numerals else None


def _digits(fig, i: int = -1) -> int:
    num = _numeral(fig, i)
    if num is not None and num.decimals:
        return num.decimals
    return 0


_BOUNDS = ("at_least", "at_most")


# « près de 105 °F »: on a scale whose zero is arbitrary (°C, °F), 10 % of the number written is
# no measure of closeness (10 °F at 100 °F, nothing at 0 °C); « environ » there is a few degrees
ABOUT_DEGREES = 3.0
# « environ » on any other unit: at least this share of the number, else its rounding step
ABOUT_FLOOR = 0.03


def _about_sized(src, dst, offsets: bool) -> bool:
    return not offsets and "about" in (src.approx, dst.approx)


def _interval(fig, v: float, i: int, trailing_zeros: bool, open_bound: bool = True,
              offset: bool = False) -> tuple[float, float]:
    """What a reader accepts for this number: its last written digit, rounding of trailing zeros
    for the converted side (at most 5 %), and « environ » (10 %, or on a temperature scale a few
    degrees: 3 % of the number when that is more)."""
    num = _numeral(fig, i)
    scale = num.scale if num is not None and num.scale else 1
    if num is not None and num.decimals:
        half = 0.5 * 10 ** -num.decimals * scale
    else:
        half = 0.5 * scale
        if trailing_zeros and v and float(v).is_integer():
            zeros = len(str(int(abs(v)))) - len(str(int(abs(v))).rstrip("0"))
            half = max(half, min(0.5 * 10 ** zeros, 0.05 * abs(v)))
    if trailing_zeros:
        half = max(half, min(fig.tolerance, 0.05 * abs(v)))
    lo, hi = v - half, v + half
    if fig.approx == "about" and offset:
        lo, hi = lo - max(ABOUT_DEGREES, 0.03 * abs(lo)), hi + max(ABOUT_DEGREES, 0.03 * abs(hi))
    elif fig.approx == "about":
        # « 1 046 pieds (environ 340 mètres) »: « environ » widens by the step the number is
        # written to (340: to the ten), at least ABOUT_FLOOR of it, at most a tenth
        widen = min(0.1 * abs(v), max(ABOUT_FLOOR * abs(v), 2 * half))
        lo, hi = lo - widen, hi + widen
    elif fig.approx == "at_least" and open_bound:
        hi = float("inf")
    elif fig.approx == "at_most" and open_bound:
        lo = float("-inf")
    return lo, hi


def _number(fig) -> str:
    if fig.is_range and len(fig.numerals) == 2:
        return f"{fig.numerals[0].text} à {fig.numerals[1].text}"
    num = _numeral(fig, -1)
    return num.text if num is not None else num_fr(fig.value)


def _said(fig) -> str:
    return f"{_number(fig)} {fig.unit_text or fig.unit}"
