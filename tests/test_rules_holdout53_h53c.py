"""Holdout round 53 (h53c): patterns behind missed NUM404, NUM403 and NUM305 findings."""
from __future__ import annotations

import pytest

from _lint_kit import codes


def _md(text: str, day: str = "2026-10-21") -> str:
    return f"---\ntitle: \"Portrait\"\ndate: {day}\n---\n{text}\n"


# A past birthday told in a relative on the noun a birth opening the sentence is told of; a place
# between « née » and the year (hyphenated), a « depuis YEAR » after it dating a state, not the age.
@pytest.mark.parametrize("text,expected", [
    ("Née à Pont-l'Évêque en 1970, la députée, qui a fêté ses 62 ans cet été, siège depuis 2017.", ["NUM404"]),
    ("Né en 1980, le chef étoilé, qui vient de fêter ses 52 ans, dirige trois maisons.", ["NUM404"]),
    ("Venue au monde en 1980 à Quimper, la skipper, qui a soufflé ses 38 ans en juin, repart.", ["NUM404"]),
    ("Née à Saint-Malo en 1970, la députée a fêté ses 62 ans en juin.", ["NUM404"]),
    ("Née à Pont-l'Évêque en 1970, la députée, qui a fêté ses 56 ans cet été, siège depuis 2017.", []),
    ("Née en 1970, la fille du maire, qui a fêté ses 30 ans cet été, siège au conseil.", []),
    ("Née en 1970, la députée, dont le fils, qui a fêté ses 30 ans, étudie à Caen.", []),
    ("Élue en 1970, la députée, qui a fêté ses 62 ans cet été, siège toujours.", []),
    ("Née en 1970, la députée, qui avait fêté ses 40 ans à Caen, siège toujours.", []),
    ("Née à Saint-Malo en 1970, elle a fêté ses 40 ans en 2010.", []),
])
def test_past_birthday_of_the_noun_a_birth_opens(text, expected):
    assert codes(_md(text), "NUM404", path="a.md") == expected


# A name presented now (« C'est l'aîné, », « Voici sa fille, ») given an age and a birth as two
# asides: the birth told with « né », « venu au monde », a place after the year.
@pytest.mark.parametrize("text,expected", [
    ("C'est le cadet, Paul, 62 ans, venu au monde en 1958 dans la ferme de Plouay, qui a parlé.", ["NUM404"]),
    ("C'est sa fille, Anne, 40 ans, née en 1976 à Vannes, qui tient la boutique.", ["NUM404"]),
    ("Voici le doyen, Jules, 95 ans, né le 3 mars 1921, qui habite Séné.", ["NUM404"]),
    ("C'est le cadet, Paul, 68 ans, venu au monde en 1958 dans la ferme de Plouay, qui a parlé.", []),
    ("C'était le cadet, Paul, 62 ans, né en 1958, qui avait parlé.", []),
    ("C'est le cadet, Paul, 62 ans, né en 1958, qui parlait déjà en 2020.", []),
    ("C'est le fils de Marc, Paul, 62 ans, né en 1958, qui parle.", []),
    ("Le maire a reçu Paul, 62 ans, né en 1958, à Plouay.", []),
])
def test_presented_name_with_age_and_birth_asides(text, expected):
    assert codes(_md(text, "2026-05-04"), "NUM404", path="a.md") == expected


# « B, contre A (an earlier moment) : <anaphor or head> a <change> »: the change after the colon
# told of the pair before it, a percent or a factor (« a triplé », « a été multiplié par trois »).
@pytest.mark.parametrize("text,expected", [
    ("Le port accueille 30 voiliers, contre 12 en 2015 : leur nombre a été multiplié par quatre.", ["NUM305"]),
    ("Le port accueille 30 voiliers, contre 12 en 2015 : leur nombre a triplé en dix ans.", ["NUM305"]),
    ("Le salon a reçu 52 000 visiteurs, contre 40 000 l'an dernier : la fréquentation a bondi de 45 %.",
     ["NUM305"]),
    ("Le musée a attiré 66 000 visiteurs sur les six jours, contre 60 000 l'an dernier : la fréquentation "
     "a progressé de 25 % d'une édition à l'autre.", ["NUM305"]),
    ("Le port accueille 30 voiliers, contre 12 en 2015 : leur nombre a été multiplié par 2,5.", []),
    ("Le port accueille 30 voiliers, contre 12 en 2015 : leur nombre a plus que doublé en dix ans.", []),
    ("Le salon a reçu 52 000 visiteurs, contre 40 000 l'an dernier : la fréquentation a bondi de 30 %.", []),
    # another subject after the colon, another holder after « contre », another base after the change
    ("Le club compte 300 licenciés, contre 250 en 2020 : le budget a progressé de 50 %.", []),
    ("Le port accueille 30 voiliers, contre 12 pour Lorient : leur nombre a triplé.", []),
    ("Le port accueille 30 voiliers, contre 12 en 2015 : leur nombre a triplé depuis 1990.", []),
    ("Le salon a reçu 52 000 visiteurs, contre 40 000 l'an dernier : la fréquentation a bondi de 45 % "
     "par rapport à 2019.", []),
])
def test_change_after_colon_told_of_contre_pair(text, expected):
    assert codes("Bilan\n" + text + "\n", "NUM305") == expected


# A stay (« a passé », « est resté », « a été hospitalisé » N jours), its place and moment at most,
# then the window of dates it falls in: no more days than the window holds (fewer may be spread).
@pytest.mark.parametrize("text,expected", [
    ("Il a passé neuf jours à la clinique de Lorient, entre le mardi 3 mars et le jeudi 5 mars.", ["NUM403"]),
    ("Elle est restée huit jours au CHU cet hiver, du lundi 9 février au mercredi 11 février.", ["NUM403"]),
    ("Il a été hospitalisé deux semaines à Brest, entre le mardi 3 et le vendredi 6 mars, après sa chute.", ["NUM403"]),
    ("Il a passé trois jours à la clinique de Lorient, entre le mardi 3 mars et le jeudi 5 mars.", []),
    ("Il a passé trois jours à Paris, entre le 2 et le 20 mars.", []),
    ("Il a passé neuf jours à la clinique, entre le mardi 3 mars et le jeudi 12 mars.", []),
    ("Il a passé neuf jours à la clinique. Entre le mardi 3 mars et le jeudi 5 mars, il a reçu des visites.", []),
])
def test_stay_within_a_window_of_dates(text, expected):
    assert codes("Santé\n" + text + "\n", "NUM403") == expected
