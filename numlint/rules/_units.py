"""Units for NUM5xx: pint's registry (French units from the figures stage when it has them),
dimensions named in French and English, conversions. pint is imported only when called."""
from __future__ import annotations

from functools import lru_cache

from numlint.figures.model import Figure

# pint dimensionality -> (French, English) name of what is measured
DIMENSIONS = {
    (("[length]", 1),): ("une longueur", "a length"),
    (("[length]", 2),): ("une superficie", "an area"),
    (("[length]", 3),): ("un volume", "a volume"),
    (("[length]", 1), ("[time]", -1)): ("une vitesse", "a speed"),
    (("[length]", 3), ("[time]", -1)): ("un débit", "a flow"),
    (("[mass]", 1),): ("une masse", "a mass"),
    (("[temperature]", 1),): ("une température", "a temperature"),
    (("[time]", 1),): ("une durée", "a duration"),
    (("[length]", 2), ("[mass]", 1), ("[time]", -3)): ("une puissance", "a power"),
    (("[length]", 2), ("[mass]", 1), ("[time]", -2)): ("une énergie", "an energy"),
}


@lru_cache(maxsize=1)
def registry():
    try:
        from numlint.figures import units
        return units.registry()
    except (ImportError, AttributeError):
        import pint
        return pint.UnitRegistry()


@lru_cache(maxsize=256)
def _parse(unit: str):
    ureg = registry()
    try:
        return ureg.parse_units(unit)
    except Exception:       # an unknown or odd unit name: not ours to judge
        return None


def unit_of(fig: Figure) -> str | None:
    """The figure's pint unit name when pint knows it. Names, not Unit objects, travel between
    functions: printing a pint Unit costs more than the conversion itself."""
    if fig.kind != "quantity" or not fig.unit or not isinstance(fig.unit, str):
        return None
    return fig.unit if _parse(fig.unit) is not None else None


def dimension(fig: Figure) -> tuple | None:
    u = unit_of(fig)
    return None if u is None else _dimension(u)


@lru_cache(maxsize=256)
def _dimension(name: str) -> tuple:
    return tuple(sorted(dict(_parse(name).dimensionality).items()))


def dimension_name(dim: tuple, lang: str) -> str | None:
    names = DIMENSIONS.get(dim)
    if names is None:
        return None
    return names[0] if lang == "fr" else names[1]


def convert(value: float, src, dst, delta: bool = False) -> float | None:
    """value in unit src, in unit dst; `delta` converts a difference (2 °C of warming = 3,6 °F).
    Every unit change is affine (a·x + b), so the two numbers are computed once per pair."""
    coef = _affine(src, dst)
    if coef is None:
        return None
    a, b = coef
    return a * value if delta else a * value + b


@lru_cache(maxsize=256)
def _affine(src: str, dst: str) -> tuple[float, float] | None:
    ureg = registry()
    try:
        b = ureg.Quantity(0.0, src).to(dst).magnitude
        return ureg.Quantity(1.0, src).to(dst).magnitude - b, b
    except Exception:
        return None


def is_offset(unit) -> bool:
    """Temperatures in °C and °F: absolute values and differences convert differently."""
    return _is_offset(unit)


@lru_cache(maxsize=64)
def _is_offset(unit: str) -> bool:
    ureg = registry()
    try:
        return ureg.Quantity(0.0, unit).to_base_units().magnitude != 0
    except Exception:
        return False


def parse(name: str) -> str | None:
    """The name itself when pint knows it, else None."""
    return name if _parse(name) is not None else None
