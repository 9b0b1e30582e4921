"""Holdout 51 (f51d): NUM305 and NUM501 patterns, in sentences of our own."""
from _lint_kit import codes

HEAD = "Résultats : le groupe en progrès\nLe groupe a publié ses comptes annuels.\n"


# NUM305: « a bondi de P %, à B, après A » (the earlier value after « après », as after « contre »)
def test_change_then_level_then_apres_fires():
    t = HEAD + "Le résultat net s'est envolé de 25 %, à 52,4 millions d'euros, après 47,1 millions l'an dernier.\n"
    assert codes(t, "NUM305") == ["NUM305"]


def test_fall_verb_then_level_then_apres_fires():
    t = HEAD + "Les ventes se sont effondrées de 30 %, à 8 millions d'euros, après 9,6 millions en 2024.\n"
    assert codes(t, "NUM305") == ["NUM305"]


def test_change_then_level_then_apres_right_quiet():
    t = HEAD + "Le résultat net s'est envolé de 11 %, à 52,4 millions d'euros, après 47,1 millions l'an dernier.\n"
    assert codes(t, "NUM305") == []


def test_apres_a_span_not_a_value_quiet():
    t = HEAD + "La dette a grimpé de 30 %, à 12 millions d'euros, après deux années de baisse.\n"
    assert codes(t, "NUM305") == []


def test_apres_another_holder_quiet():
    t = HEAD + "Le résultat a grimpé de 30 %, à 12 millions d'euros, après 14 millions pour sa filiale.\n"
    assert codes(t, "NUM305") == []


# NUM501: a conversion told by « , l'équivalent de » (units written out)
WIND = "Tempête : des rafales violentes\nLe vent a soufflé toute la nuit.\n"


def test_equivalent_speed_wrong_fires():
    t = WIND + "Une rafale à 150 km/h, l'équivalent de 110 miles par heure, a été relevée.\n"
    assert codes(t, "NUM501") == ["NUM501"]


def test_equivalent_height_wrong_fires():
    t = WIND + "Le phare culmine à 60 mètres, l'équivalent d'environ 260 pieds.\n"
    assert codes(t, "NUM501") == ["NUM501"]


def test_equivalent_speed_right_quiet():
    t = WIND + "Une rafale à 150 km/h, l'équivalent de 93 miles à l'heure, a été relevée.\n"
    assert codes(t, "NUM501") == []


def test_equivalent_per_area_other_measure_quiet():
    t = WIND + "Il est tombé 40 mm de pluie, l'équivalent de 40 litres par mètre carré.\n"
    assert codes(t, "NUM501") == []


def test_equivalent_without_comma_quiet():
    t = WIND + "La digue de 3 kilomètres protège l'équivalent de 800 hectares de marais.\n"
    assert codes(t, "NUM501") == []


# NUM305: « employait A ; n'en compte plus que B, un recul de P % » (ne … plus que: only B now)
PLANT = "Industrie : l'usine réduit la voilure\nLa direction a présenté son plan.\n"


def test_only_now_then_fall_wrong_fires():
    t = PLANT + "Le site employait 1 400 ouvriers en 2018 ; il n'en compte plus que 980, un recul de 18 %.\n"
    assert codes(t, "NUM305") == ["NUM305"]


def test_only_now_soit_une_baisse_wrong_fires():
    t = PLANT + "Ils étaient 600 salariés il y a dix ans, ils ne sont plus que 450, soit une baisse de 40 %.\n"
    assert codes(t, "NUM305") == ["NUM305"]


def test_only_now_then_fall_right_quiet():
    t = PLANT + "Le site employait 1 400 ouvriers en 2018 ; il n'en compte plus que 980, un recul de 30 %.\n"
    assert codes(t, "NUM305") == []


def test_only_now_other_base_after_quiet():
    t = PLANT + "Le site employait 1 400 ouvriers en 2018 ; il n'en compte plus que 980, un recul de 18 % sur le seul atelier.\n"
    assert codes(t, "NUM305") == []


def test_not_only_more_than_quiet():
    t = PLANT + "Le site employait 1 400 ouvriers en 2018 ; il n'en compte pas plus que 980, un recul de 18 %.\n"
    assert codes(t, "NUM305") == []



def test_only_now_hardly_more_than_quiet():
    t = PLANT + "Le site employait 1 400 ouvriers en 2018 ; il n'en compte guère plus que 980, un recul de 18 %.\n"
    assert codes(t, "NUM305") == []
