"""Patterns met in the thirty-ninth holdout (f39c): « une décrue de X % » in apposition after
« passés de A à B » (NUM305); a fraction change then « , de A à B » without « passant » (NUM305);
a birthday to come, « fêtera ses N ans en décembre », set against the birth year (NUM404)."""
from datetime import date

import pytest

from numlint.engine import Settings, lint

_NOV_2026 = date(2026, 11, 12)


def codes(text: str, select: str, ref: date | None = _NOV_2026) -> list[str]:
    settings = Settings(select=[select], reference_date=ref)
    return [d.code for d in lint(text, path="a.txt", settings=settings)]


@pytest.mark.parametrize("text,expected", [
    # 1 800 → 1 710 is -5 %, no -12 %
    ("Les demandeurs d'asile accueillis sont passés de 1 800 à 1 710 en un an, une décrue de 12 %.",
     ["NUM305"]),
    # the values give the change
    ("Les demandeurs d'asile accueillis sont passés de 1 800 à 1 710 en un an, une décrue de 5 %.", []),
    ("Les demandeurs d'asile accueillis sont passés de 1 800 à 1 710 en un an, soit une décrue de 5 %.",
     []),
    # a river's recession, no values before and after
    ("La Loire a atteint 5,40 mètres lundi ; une décrue de 30 centimètres est attendue jeudi.", []),
])
def test_decrue_apposition(text, expected):
    assert codes("Social\n" + text + "\n", "NUM305", ref=None) == expected


@pytest.mark.parametrize("text,expected", [
    # 48 → 54 is +12,5 %, no third; 800 → 700 is -12,5 %, no quarter
    ("Les subventions aux clubs ont bondi d'un tiers, de 48 à 54 millions d'euros, selon le rapport.",
     ["NUM305"]),
    ("Les effectifs de la brigade ont reculé d'un quart, de 800 agents à 700.", ["NUM305"]),
    # the values give the fraction
    ("Les subventions aux clubs ont bondi d'un tiers, de 48 à 64 millions d'euros, selon le rapport.",
     []),
    ("Les effectifs de la brigade ont reculé d'un quart, de 800 agents à 600.", []),
    # a pair telling how much each gained, not the values before and after
    ("Les loyers ont grimpé d'un quart, de 150 à 200 euros de plus par mois selon les quartiers.", []),
    # approximate: quiet
    ("Les effectifs de la brigade ont reculé de près d'un quart, de 800 agents à 700.", []),
])
def test_fraction_change_then_de_a(text, expected):
    assert codes("Budget\n" + text + "\n", "NUM305", ref=None) == expected


@pytest.mark.parametrize("text,expected", [
    # born 1974: 52 in December 2026, not 50
    ("Arrivé à la mairie en 2008, ce Rennais né en 1974 fêtera ses 50 ans en décembre.", ["NUM404"]),
    ("Né en 1974 à Rennes, il va fêter ses 50 ans l'an prochain.", ["NUM404"]),
    # the age reached this year, or next year's for a month already past
    ("Arrivé à la mairie en 2008, ce Rennais né en 1974 fêtera ses 52 ans en décembre.", []),
    ("Né en 1974 à Rennes, il fêtera ses 53 ans en février.", []),
    # a story's moment: the age fits the year it tells
    ("En 2008, ce Rennais né en 1974 arrive à la mairie et fêtera ses 34 ans en décembre.", []),
    # not the one born's birthday: an anniversary, a relative, a span of a career
    ("Fondé en 1986 par Jean Morel, né en 1950, le restaurant fêtera ses 40 ans en décembre.", []),
    ("Né en 1974, le maire a reçu son adjoint, qui fêtera ses 30 ans en décembre.", []),
    ("Né en 1974, le maire fêtera ses 20 ans de mandat en décembre.", []),
])
def test_birthday_to_come(text, expected):
    assert codes("Portrait\n" + text + "\n", "NUM404") == expected
