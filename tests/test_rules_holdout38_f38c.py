"""Patterns met in the thirty-eighth holdout (f38c): a fraction change told first, then its two
values « , avec B (noun) participle, contre A (moment) » (NUM305); an age « un entrepreneur de
N ans » and, in the next sentence, a birth told of a pronoun (« où il a vu le jour en 1970 »,
« où elle est née en … ») (NUM404); a founding year and the anniversary of the same subject in one
sentence (« Fondé en 1995, le collège célèbre ses 25 ans ») (NUM404)."""
from datetime import date

import pytest

from numlint.engine import Settings, lint

_MARCH_2026 = date(2026, 3, 10)


def codes(text: str, select: str, ref: date | None = _MARCH_2026) -> list[str]:
    settings = Settings(select=[select], reference_date=ref)
    return [d.code for d in lint(text, path="a.txt", settings=settings)]


@pytest.mark.parametrize("text,expected", [
    # 2 400 → 2 520 is +5 %, no third; 9 000 → 8 100 is -10 %, no quarter
    ("Les prêts de la médiathèque ont bondi d'un tiers cette année, avec 2 520 livres empruntés, "
     "contre 2 400 en 2024.", ["NUM305"]),
    ("Les entrées ont reculé d'un quart sur un an, avec 8 100 billets vendus, contre 9 000 l'an "
     "dernier.", ["NUM305"]),
    # the values give the fraction
    ("Les entrées ont reculé d'un quart sur un an, avec 6 750 billets vendus, contre 9 000 l'an "
     "dernier.", []),
    # « contre » another place at the same moment: no before and after
    ("Les entrées ont reculé d'un quart sur un an, avec 8 100 billets vendus, contre 9 000 à "
     "Nantes.", []),
    # no participle: the count may be a cause of the change, not its measure
    ("Les ventes ont bondi d'un tiers cette année, avec 310 nouveaux magasins, contre 290 en "
     "2024.", []),
    # an approximate fraction or value
    ("Les entrées ont reculé de près d'un quart sur un an, avec 8 100 billets vendus, contre 9 000 "
     "l'an dernier.", []),
    ("Les entrées ont reculé d'un quart sur un an, avec environ 8 100 billets vendus, contre 9 000 "
     "l'an dernier.", []),
    # shares beside the change are no values of it
    ("Le chiffre d'affaires a bondi d'un tiers cette année, avec 12 % des ventes réalisées en "
     "ligne, contre 8 % en 2024.", []),
])
def test_fraction_change_then_avec_contre(text, expected):
    assert codes("Culture\n" + text + "\n", "NUM305", ref=None) == expected


@pytest.mark.parametrize("text,expected", [
    # born 1962: 63 or 64 in March 2026
    ("Le gérant, un entrepreneur de 56 ans, a tout nié. Originaire de Vitré, où il a vu le jour en "
     "1962, il a repris le commerce familial.", ["NUM404"]),
    ("La gérante, une entrepreneuse de 56 ans, a tout nié. Originaire de Vitré, où elle est née en "
     "1962, elle a repris le commerce familial.", ["NUM404"]),
    # the age fits
    ("Le gérant, un entrepreneur de 63 ans, a tout nié. Originaire de Vitré, où il a vu le jour en "
     "1962, il a repris le commerce familial.", []),
    # a project sees the day: no birth
    ("Le gérant, un entrepreneur de 56 ans, a tout nié. Le projet a vu le jour en 1962 à Vitré, "
     "il a été repris depuis.", []),
    # another person named between
    ("Le gérant, un entrepreneur de 56 ans, a tout nié. Son avocat, Me Paul Morin, originaire de "
     "Vitré, où il a vu le jour en 1962, a plaidé la relaxe.", []),
    ("Le gérant, un entrepreneur de 56 ans, a tout nié face à Paul Morin. Originaire de Vitré, où "
     "il a vu le jour en 1962, il a repris le commerce familial.", []),
    # the pronoun is not of the age's gender
    ("La gérante, une entrepreneuse de 56 ans, a tout nié. Originaire de Vitré, où il a vu le jour "
     "en 1962, il a repris le commerce familial.", []),
])
def test_age_then_birth_told_of_a_pronoun(text, expected):
    assert codes("Justice\n" + text + "\n", "NUM404") == expected


@pytest.mark.parametrize("text,expected", [
    # founded 2001: 25 years in 2026
    ("Créée en 2001, la chorale fête cette année ses 18 ans d'existence.", ["NUM404"]),
    ("Le musée, inauguré en 2001 à Dinan, a célébré ses 30 ans.", ["NUM404"]),
    # the anniversary fits (within a year)
    ("Créée en 2001, la chorale fête cette année ses 25 ans d'existence.", []),
    ("Le musée, inauguré en 2001 à Dinan, a célébré ses 24 ans.", []),
    # someone else's birthday in a relative
    ("Créée en 2001 par Anne Morel, la chorale accueille Paul, qui fête ses 18 ans.", []),
    # another year in the sentence: the anniversary then
    ("Créée en 2001, la chorale fêtait en 2019 ses 18 ans.", []),
    # a founding year without an anniversary, an age without a founding
    ("Créée en 2001, la chorale compte 18 membres.", []),
])
def test_founding_year_and_anniversary(text, expected):
    assert codes("Culture\n" + text + "\n", "NUM404") == expected
