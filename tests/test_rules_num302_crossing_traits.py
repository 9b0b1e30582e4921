"""NUM302 on lists whose parts count people by two different traits (sex, age, nationality):
they overlap, so their sum says nothing about the whole. Found by the precision audit of
2026-11-29 (« Parmi les 30 finalistes figurent 18 femmes, 20 étudiants et 6 étrangers »)."""
import pytest

from _lint_kit import codes


@pytest.mark.parametrize("text", [
    "Concours\n\nParmi les 30 finalistes figurent 18 femmes, 20 étudiants et 6 étrangers.\n",
    "Bilan\n\nL'attaque a fait 90 victimes, dont 50 enfants et 60 civils.\n",
    "Promotion\n\nSur les 40 lauréats, 25 femmes et 22 lycéens ont été distingués.\n",
    "Jury\n\nLe jury compte 12 membres, dont 7 hommes et 6 étrangers.\n",
])
def test_parts_by_two_traits_stay_quiet(text):
    assert codes(text, "NUM302") == []


@pytest.mark.parametrize("text", [
    "Accident\n\nParmi les 41 véhicules impliqués figurent 29 voitures, 9 poids lourds et 6 camionnettes.\n",
    "Foule\n\nSur place, 1 200 personnes, dont 700 femmes et 600 hommes, attendaient.\n",
    "École\n\nL'école accueille 300 élèves, dont 180 enfants de primaire et 150 adultes en formation.\n",
])
def test_parts_of_one_trait_still_fire(text):
    assert codes(text, "NUM302") == ["NUM302"]
