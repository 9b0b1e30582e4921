"""Holdout round 52 (g52b): patterns behind NUM30x misses, with sentences of our own."""
from _lint_kit import codes

H = "Titre sans chiffre\n\n"


# « grimpe à B, après A l'an passé : un gain de P % »: « après » an earlier moment's value is
# the value compared, as « contre »
def test_305_apres_earlier_value_colon():
    t = H + "La récolte grimpe à 65 tonnes par hectare, après 50 l'an dernier : une hausse de 15 %.\n"
    assert codes(t, "NUM305", path="a.txt") == ["NUM305"]


def test_305_apres_earlier_year_soit():
    t = H + "Le bénéfice a atteint 33 millions d'euros en 2025, après 30 millions en 2024, soit un gain de 25 %.\n"
    assert codes(t, "NUM305", path="a.txt") == ["NUM305"]


def test_305_apres_earlier_value_right():
    t = H + "La récolte grimpe à 65 tonnes par hectare, après 50 l'an dernier : une hausse de 30 %.\n"
    assert codes(t, "NUM305", path="a.txt") == []


def test_305_apres_no_earlier_moment_quiet():
    t = H + "Le club remonte à 65 points, après 50 en décembre : une hausse de 15 %.\n"
    assert codes(t, "NUM305", path="a.txt") == []


def test_305_apres_other_holder_quiet():
    t = H + "Les ventes montent à 65 millions d'euros, après 50 millions chez son concurrent : une hausse de 15 %.\n"
    assert codes(t, "NUM305", path="a.txt") == []

