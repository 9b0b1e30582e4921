"""Holdout 56 (k56a): NUM302 « dont » lists closed by a revised whole or a sibling whole."""
from _lint_kit import codes


# a revised value of the whole after the « dont » list (« puis », « ensuite », « avant de », « plus tard »)
def test_revised_whole_fire_list_too_big():
    t = "Les secours ont d'abord compté 12 blessés, dont 9 légers et 7 graves, puis 20 dans la soirée."
    assert "NUM302" in codes(t, "NUM302", path="a.txt")


def test_revised_whole_quiet_puis_de():
    t = ("La mairie annonçait le matin 12 sinistrés, dont 5 relogés, puis de 17 à la tombée "
         "de la nuit, dont 8 relogés.")
    assert "NUM302" not in codes(t, "NUM302", path="a.txt")


def test_revised_whole_quiet_ensuite():
    t = "Le bilan faisait état de 8 blessés, dont 3 graves, ensuite 11 le lendemain."
    assert "NUM302" not in codes(t, "NUM302", path="a.txt")


def test_revised_whole_quiet_avant_de():
    t = "Les pompiers ont recensé 8 blessés, dont 3 graves, avant de revoir le bilan à 11 en soirée."
    assert "NUM302" not in codes(t, "NUM302", path="a.txt")


def test_revised_whole_quiet_plus_tard():
    t = "La préfecture a évoqué 8 blessés, dont 3 graves, plus tard 11 selon la mairie."
    assert "NUM302" not in codes(t, "NUM302", path="a.txt")
