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


# a sibling of the whole named by « celle / celui / ceux / celles de X » after the « dont » list
def test_sibling_pronoun_fire_parts_too_big():
    t = "La région compte 20 sinistrés, dont 12 à Brest et 11 à Morlaix."
    assert "NUM302" in codes(t, "NUM302", path="a.txt")


def test_sibling_pronoun_quiet_celle_de():
    t = "La région compte 30 sinistrés, dont 12 à Brest et 9 à Morlaix, celle de Rennes 14."
    assert "NUM302" not in codes(t, "NUM302", path="a.txt")


def test_sibling_pronoun_quiet_ceux_du():
    t = "Les hôpitaux de Lyon ont reçu 40 patients, dont 12 enfants, ceux du Rhône 35."
    assert "NUM302" not in codes(t, "NUM302", path="a.txt")


def test_sibling_pronoun_fire_pronoun_after_part():
    # « 29 dans celui du port »: the pronoun follows its figure — a part, still added
    t = "La ville compte 30 sinistrés, dont 12 dans le quartier nord et 29 dans celui du port."
    assert "NUM302" in codes(t, "NUM302", path="a.txt")


def test_sibling_pronoun_fire_de_before_pronoun():
    # a « de » complement between the whole and the pronoun: « celle » may take up that noun — a part
    t = "La province compte 30 victimes, dont 21 habitants de Pedernales et 6 à Jama, celle de Lima 5."
    assert "NUM302" in codes(t, "NUM302", path="a.txt")


def test_sibling_pronoun_fire_sur_list():
    # « Sur ces N, la région de X en compte a, celle de Y b »: parts by region, still added
    t = "Sur ces 30 victimes, la région d'Ica en compte 21, celle de Lima 12."
    assert "NUM302" in codes(t, "NUM302", path="a.txt")
