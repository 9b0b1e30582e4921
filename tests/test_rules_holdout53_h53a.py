"""Holdout 53 (h53a): NUM301 and NUM302 patterns from unseen articles, in our own sentences."""
from __future__ import annotations

import pytest

from _lint_kit import codes


def _doc(s: str) -> str:
    return "Titre de l'article\nUn chapeau.\n" + s + "\n"


# c849: a total of another noun, object of a verb whose subject is the list, is what the parts did
@pytest.mark.parametrize("s", [
    "La flotte comptait cinq Canadair, trois Dash et un hélicoptère, qui ont effectué 212 largages au total.",
    "Cinq avions et trois hélicoptères ont réalisé 212 rotations au total en trois jours.",
    "Quatre ambulances et deux camions, qui ont transporté 61 blessés au total, sont repartis.",
    "Les 14 chercheurs et 6 techniciens du laboratoire ont publié 88 articles au total.",
    "Cinq navires et deux remorqueurs, qui effectuent 40 rotations au total, restent mobilisés.",
])
def test_total_of_what_the_list_did_is_no_sum(s):
    assert codes(_doc(s), "NUM301", path="a.txt") == []


@pytest.mark.parametrize("s", [
    "Cinq avions et trois hélicoptères, soit 9 appareils au total, sont engagés.",
    "Cinq avions et trois hélicoptères, qui représentent 9 appareils au total, sont engagés.",
    "Le laboratoire emploie 14 chercheurs et 6 techniciens, soit 25 salariés au total.",
])
def test_total_that_sums_the_list_still_checked(s):
    assert codes(_doc(s), "NUM301", path="a.txt") == ["NUM301"]


# c858: a temperature, a speed, a rate or a threshold crossed is never a whole its « dont » splits
@pytest.mark.parametrize("s", [
    "Le mercure a franchi les 36 °C cinq fois en juillet, dont 40,3 °C le 19 à Nîmes.",
    "Le thermomètre a dépassé 37 °C à trois reprises cet été, dont 39,8 °C le 2 août.",
    "Les rafales ont atteint 90 km/h à plusieurs reprises, dont 125 km/h au cap Corse.",
    "Le taux a dépassé 3 % quatre fois cette année, dont 3,9 % en avril.",
    "Les exportations ont dépassé 9 000 tonnes, dont 6 000 tonnes de blé et 5 000 tonnes d'orge.",
])
def test_intensive_or_threshold_whole_not_split(s):
    assert codes(_doc(s), "NUM302", path="a.txt") == []


@pytest.mark.parametrize("s", [
    "Il est tombé 95 mm de pluie en deux jours, dont 130 mm samedi.",
    "La coopérative a collecté 9 000 tonnes, dont 6 000 tonnes de blé et 5 000 tonnes d'orge.",
])
def test_extensive_whole_still_split(s):
    assert codes(_doc(s), "NUM302", path="a.txt") == ["NUM302"]


# e435: the votes cast on a text are its « pour » and its « contre », to the unit
@pytest.mark.parametrize("s", [
    "L'assemblée a enregistré 250 suffrages exprimés : la motion a obtenu 160 voix favorables, tandis que 80 élus s'y sont opposés.",
    "Le conseil a compté 250 suffrages exprimés ; 160 conseillers ont voté pour, 80 ont voté contre.",
    "La réforme a été adoptée par 160 voix contre 80, sur 250 suffrages exprimés.",
    "Il y a eu 250 suffrages exprimés. La motion a obtenu 160 voix pour, et 80 députés ont voté contre.",
])
def test_votes_cast_are_for_plus_against(s):
    assert codes(_doc(s), "NUM301", path="a.txt") == ["NUM301"]


@pytest.mark.parametrize("s", [
    "L'assemblée a enregistré 250 suffrages exprimés : la motion a obtenu 160 voix favorables, tandis que 90 élus s'y sont opposés.",
    "La réforme a été adoptée par 160 voix contre 90, sur 250 suffrages exprimés.",
    "Sur 250 suffrages exprimés, la maire sortante a obtenu 160 voix et son rival 70.",
    "Sur 250 suffrages exprimés, 160 voix pour la maire sortante et 70 pour son rival.",
    "Sur 250 suffrages exprimés, la motion a recueilli 160 voix pour, contre 120 en première lecture.",
])
def test_votes_cast_quiet(s):
    assert codes(_doc(s), "NUM301", path="a.txt") == []


# e434: after a colon, parts told by the institution of a place (« au centre hospitalier de X »,
# « à celui de Y ») split the count before it
@pytest.mark.parametrize("s", [
    "Quinze blessés ont été hospitalisés : 11 au centre hospitalier de Nîmes, 7 à celui d'Alès.",
    "Les 14 naufragés ont été admis : 9 à l'hôpital de Brest, 8 à celui de Morlaix.",
    "Au total, 20 détenus ont été transférés : 13 à la prison de Fresnes, 9 à celle de Poissy.",
])
def test_colon_parts_by_institution_place(s):
    assert codes(_doc(s), "NUM302", path="a.txt") == ["NUM302"]


@pytest.mark.parametrize("s", [
    "Quinze blessés ont été hospitalisés : 11 au centre hospitalier de Nîmes, 4 à celui d'Alès.",
    "Les 14 naufragés ont été admis : 9 à l'hôpital de Brest, 5 à celui de Morlaix.",
    "Quinze blessés ont été hospitalisés, dont 11 au centre hospitalier de Nîmes ; 7 autres ont été soignés sur place.",
])
def test_colon_parts_by_institution_place_quiet(s):
    assert codes(_doc(s), "NUM302", path="a.txt") == []
