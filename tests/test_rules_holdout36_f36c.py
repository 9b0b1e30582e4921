"""Patterns met in the thirty-sixth holdout (f36c): a year something goes back to set against the
« il y a » beside it (« remonte à 2017, il y a six ans », NUM404); a birth told « venu au monde
(à PLACE) en YEAR », like « né en » (NUM404); a change told by a fraction word (« a bondi d'un
tiers », « réduit de moitié ») with « passant de A à B » (NUM305)."""
from datetime import date

import pytest

from numlint.engine import Settings, lint

_MARCH_2026 = date(2026, 3, 10)


def codes(text: str, select: str, ref: date | None = _MARCH_2026) -> list[str]:
    settings = Settings(select=[select], reference_date=ref)
    return [d.code for d in lint(text, path="a.txt", settings=settings)]


@pytest.mark.parametrize("text,expected", [
    # 2014 is twelve years back in 2026, not four
    ("Le dernier sacre du club remonte à 2014, il y a quatre ans, face à Lens.", ["NUM404"]),
    ("La charpente date de 1998 (il y a dix ans) selon l'architecte.", ["NUM404"]),
    ("Le dernier sacre du club remonte à 2014, il y a douze ans, face à Lens.", []),
    ("La charpente date de 1998 (il y a vingt-huit ans) selon l'architecte.", []),
    # a past tense: the « il y a » may count from the story's moment
    ("En 2018, le dernier sacre du club remontait à 2014, il y a quatre ans.", []),
    # « il y a N ans que … »: another clause, not an apposition of the year
    ("La charpente date de 1998, il y a dix ans qu'on attend sa réfection.", []),
    # another clause after a semicolon
    ("Le dernier sacre remonte à 2014 ; il y a quatre ans, le club est descendu.", []),
    # « la date de 2014 »: a noun, no verb going back
    ("On a retenu la date de 2014, il y a quatre ans, pour le calcul.", []),
    # « remonte à » a count
    ("Le nombre d'adhérents remonte à 2014 personnes, il y a quatre ans il était plus bas.", []),
])
def test_year_gone_back_to_and_ago(text, expected):
    assert codes("Sport\n" + text + "\n", "NUM404") == expected


@pytest.mark.parametrize("text,expected", [
    # born in 1968, one is 57 or 58 in March 2026
    ("Le skipper, âgé aujourd'hui de 51 ans, venu au monde à Brest en 1968, repart en mer.", ["NUM404"]),
    ("Venue au monde en 1968 à Brest, elle a 51 ans et dirige le chantier.", ["NUM404"]),
    ("Le skipper, âgé aujourd'hui de 57 ans, venu au monde à Brest en 1968, repart en mer.", []),
    ("Venue au monde en 1968 à Brest, elle a 58 ans et dirige le chantier.", []),
    # someone else's birth: « voir son fils venir au monde »
    ("Le skipper, âgé de 51 ans, a vu sa fille venir au monde en 2019 à Brest.", []),
    # a year of a story, not a birth
    ("Le skipper, âgé de 51 ans, est venu au port en 1968 avec son père.", []),
])
def test_came_into_the_world_is_a_birth(text, expected):
    assert codes("Portrait\n" + text + "\n", "NUM404") == expected


@pytest.mark.parametrize("text,expected", [
    # +14 % is no third, -20 % no half, -50 % no quarter
    ("Les inscriptions ont grimpé d'un tiers, passant de 4 200 à 4 800 sur l'année.", ["NUM305"]),
    ("Les subventions ont été réduites de moitié, passant de 500 000 à 400 000 euros.", ["NUM305"]),
    ("Le trafic a reculé d'un quart, passant de 2 480 à 1 240 camions par jour.", ["NUM305"]),
    # the values give the fraction, rounded
    ("Les inscriptions ont grimpé d'un tiers, passant de 4 200 à 5 600 sur l'année.", []),
    ("Les subventions ont été réduites de moitié, passant de 500 000 à 250 000 euros.", []),
    ("Le trafic a reculé d'un quart, passant de 2 480 à 1 880 camions par jour.", []),
    # an approximate fraction: unsure, quiet
    ("Les inscriptions ont grimpé de près d'un tiers, passant de 4 200 à 4 800 sur l'année.", []),
    ("Les subventions ont été réduites de moitié environ, passant de 500 000 à 400 000 euros.", []),
    # a range that is no before and after (« pour les foyers de 2 à 4 personnes »)
    ("La facture a baissé d'un tiers pour les foyers de 2 à 4 personnes.", []),
    # a fraction that is a share, not a change
    ("Un tiers des lignes, passées de 40 à 45 depuis 2020, est déficitaire.", []),
])
def test_change_told_by_a_fraction_word(text, expected):
    assert codes("Économie\n" + text + "\n", "NUM305", ref=None) == expected
