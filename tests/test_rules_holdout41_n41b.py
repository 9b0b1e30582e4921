"""Holdout 41 (n41b): NUM403 and NUM404 patterns, with our own sentences."""
from __future__ import annotations

import pytest

from _lint_kit import codes


# NUM403: « Du D1 au D2, … . Soit N jours … »: a length opening the next sentence restates the
# span opening the sentence before

def test_span_led_sentence_then_soit_next_sentence_fires():
    text = ("Du lundi 2 mars au vendredi 27 mars 2026, le pont restera fermé aux voitures. "
            "Soit 12 jours de détour pour les habitants.")
    assert codes(text, "NUM403", path="a.txt") == ["NUM403"]


@pytest.mark.parametrize("text", [
    # the length fits the span (25 or 26 days)
    "Du lundi 2 mars au vendredi 27 mars 2026, le pont restera fermé aux voitures. "
    "Soit 26 jours de détour pour les habitants.",
    # only some of the days (working days)
    "Du lundi 2 mars au vendredi 27 mars 2026, le pont restera fermé aux voitures. "
    "Soit 12 jours ouvrés de détour pour les habitants.",
    # the span not opening the sentence before: the length may count something else
    "Le pont restera fermé du lundi 2 mars au vendredi 27 mars 2026, annonce la mairie. "
    "Soit 12 jours de détour pour les habitants.",
    # a date in the length's own sentence: which span?
    "Du lundi 2 mars au vendredi 27 mars 2026, le pont restera fermé aux voitures. "
    "Soit 12 jours de détour avant le lundi 30 mars.",
])
def test_span_led_sentence_then_soit_next_sentence_quiet(text):
    assert codes(text, "NUM403", path="a.txt") == []


# NUM404: « Originaire de X, où il est né en YEAR, ce NOUN de N ans … »: the demonstrative after
# a birth told in a relative of the opening aside is the one born

_HEAD = "---\ntitle: Portrait\ndate: 2026-03-10\n---\n\n# Un nouveau chef\n\n"


def _art(sentence: str) -> str:
    return _HEAD + sentence + " Il prendra ses fonctions au printemps.\n"


@pytest.mark.parametrize("sentence", [
    # born 1972: 53 or 54 in March 2026, not 45
    "Originaire de Brest, où il est né en 1972, cet ingénieur de 45 ans a dirigé le chantier naval.",
    "Venue de Colmar, où elle est née en 1980, cette avocate de 37 ans a plaidé pour la ville.",
])
def test_num404_where_born_then_demonstrative_aged_fires(sentence):
    assert codes(_art(sentence), "NUM404", path="a.md") == ["NUM404"]


@pytest.mark.parametrize("sentence", [
    # the age agrees with the birth
    "Originaire de Brest, où il est né en 1972, cet ingénieur de 53 ans a dirigé le chantier naval.",
    # a kin: whose age?
    "Originaire de Brest, où il est né en 1972, cette fille de 15 ans a rejoint son père.",
    # a story told in the imperfect: the age then
    "Originaire de Brest, où il est né en 1972, cet ingénieur de 45 ans dirigeait le chantier naval.",
    # a story dated by another year: the age then
    "Originaire de Brest, où il est né en 1972, cet ingénieur de 45 ans a dirigé en 2017 le chantier.",
    # no demonstrative: someone else may be meant
    "Originaire de Brest, où il est né en 1972, un ingénieur de 45 ans a dirigé le chantier naval.",
])
def test_num404_where_born_then_demonstrative_aged_quiet(sentence):
    assert codes(_art(sentence), "NUM404", path="a.md") == []


# NUM404: « née à Saint-Jean-de-Luz en YEAR, qui prendra sa retraite en MONTH à N ans »: a birth
# with a hyphenated place, then the age at a month to come

_HEAD2 = "---\ntitle: Rentrée\ndate: 2026-09-02\n---\n\n# Une rentrée particulière\n\n"


def _art2(sentence: str) -> str:
    return _HEAD2 + sentence + " Les parents d'élèves lui ont rendu hommage.\n"


@pytest.mark.parametrize("sentence", [
    # born 1961: 64 or 65 in November 2026, not 58
    "La directrice, née à Saint-Jean-de-Luz en 1961, qui quittera l'école en novembre à 58 ans, "
    "a ouvert la kermesse.",
    "Le proviseur, né à Aix-en-Provence en 1961, qui partira en juin à 75 ans, a accueilli les élèves.",
])
def test_num404_birth_then_age_at_month_to_come_fires(sentence):
    assert codes(_art2(sentence), "NUM404", path="a.md") == ["NUM404"]


@pytest.mark.parametrize("sentence", [
    # the age agrees with the birth
    "La directrice, née à Saint-Jean-de-Luz en 1961, qui quittera l'école en novembre à 65 ans, "
    "a ouvert la kermesse.",
    # someone else's age: the relative is of another noun
    "La directrice, née à Saint-Jean-de-Luz en 1961, remplace son adjoint, qui quittera l'école en "
    "novembre à 58 ans.",
    # a past verb: a moment of the story
    "La directrice, née à Saint-Jean-de-Luz en 1961, qui a quitté l'école en novembre à 58 ans, "
    "a ouvert la kermesse.",
    # another year in the sentence: the moment may be that year's
    "La directrice, née à Saint-Jean-de-Luz en 1961, qui quittera l'école en novembre à 58 ans, "
    "était arrivée en 1999.",
])
def test_num404_birth_then_age_at_month_to_come_quiet(sentence):
    assert codes(_art2(sentence), "NUM404", path="a.md") == []
