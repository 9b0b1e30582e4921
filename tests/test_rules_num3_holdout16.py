"""NUM301–NUM304 on patterns met in the sixteenth holdout: a mean times a count is no sum, a
noun named by a figure (« tir à trois points ») is no count, « les autres » closes a split."""
import pytest

from numlint.engine import Settings, lint


def found(body: str, select: str = "NUM3"):
    text = "Titre de l'article\nUn chapeau sans chiffre.\n" + body + "\n"
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=[select]))]


# -- NUM301: a mean over occasions, times their count, is the total --------------------------
@pytest.mark.parametrize("body,codes", [
    # a mean times a count of occasions: no parts of a sum
    ("Le stade a accueilli en moyenne 31 250 spectateurs lors des quatre matches de poule, soit "
     "125 000 entrées au total.", []),
    ("La salle a reçu en moyenne 2 300 spectateurs sur ses huit concerts, soit 18 400 billets "
     "vendus au total.", []),
    ("Le musée a compté en moyenne 1 850 visiteurs au cours des six journées portes ouvertes, soit "
     "11 100 entrées au total.", []),
    # the product is off, but the count of matches is still no part of the spectators: unsure
    ("Le stade a accueilli en moyenne 31 250 spectateurs lors des quatre matches de poule, soit "
     "135 000 entrées au total.", []),
    # near misses: parts of one thing, and a total that is not their sum
    ("Le club a vendu 12 000 billets pour la première rencontre, 9 500 pour la deuxième et 8 000 "
     "pour la troisième, soit 31 500 billets au total.", ["NUM301"]),
    ("Le stade a accueilli 4 120 spectateurs samedi et 3 980 dimanche, soit 9 100 entrées au "
     "total.", ["NUM301"]),
    ("Le club a joué 12 matches à domicile et 9 à l'extérieur, soit 23 matches au total.", ["NUM301"]),
    # rows times seats: the product, no sum (whatever the nouns)
    ("La nouvelle tribune compte 12 rangées de 40 sièges, soit 480 places au total.", []),
    ("L'entrepôt aligne 25 allées de 36 emplacements, soit 900 palettes au total.", []),
    # two parts whose product is not the total: a sum gone wrong
    ("Le stade a accueilli 3 200 spectateurs samedi et 2 900 dimanche, soit 6 400 entrées au "
     "total.", ["NUM301"]),
])
def test_num301_a_mean_times_a_count_of_occasions_is_no_sum(body, codes):
    assert found(body) == codes


# -- NUM304: « les autres » closes one split, which a swapped digit may take far past 100 -----
_WASTE = ("Parmi les déchets collectés, les plastiques en représentent 21 %, les papiers {} %, les "
          "verres 16 % et les métaux 12 %.{}")
_OTHERS = " Les autres déchets comptent pour 16 %."


@pytest.mark.parametrize("body,codes", [
    (_WASTE.format(35, _OTHERS), []),                   # 100 %
    (_WASTE.format(53, _OTHERS), ["NUM304"]),           # 118 %: 35 typed 53
    (_WASTE.format(57, _OTHERS), ["NUM304"]),           # 122 %
    ("Les voitures électriques représentent 26 % des ventes, les hybrides 52 % et les modèles à "
     "essence 19 %. Les autres motorisations pèsent 21 %.", ["NUM304"]),       # 118 %
    # without « les autres », a list that far past 100 may be rates of different things
    (_WASTE.format(53, ""), []),
    (_WASTE.format(53, " Le tri progresse de 3 % par an."), []),
    # the first sentence past 100 on its own: reported once, not again with « les autres »
    ("Les plastiques en représentent 31 %, les papiers 42 %, les verres 18 % et les métaux 12 %. "
     "Les autres déchets comptent pour 15 %.", ["NUM304"]),
    # rates of different things or moments, closed by « les autres »: quiet
    ("Le taux de réussite atteint 72 % en lettres, 68 % en sciences et 64 % en droit. Les autres "
     "filières affichent 58 %.", []),
    ("Le taux de remplissage a atteint 33 % en 2021, 30 % en 2022 et 27 % en 2023. Les autres "
     "années, il a oscillé autour de 30 %.", []),
    ("Le taux de chômage atteint 33 % à Mayotte, 30 % en Guyane et 27 % en Guadeloupe. Les "
     "autres territoires affichent 30 %.", []),
])
def test_num304_a_split_closed_by_the_others_may_go_further_past_100(body, codes):
    assert found(body) == codes


# -- a small number after « à » names a kind of the thing counted: « tir à trois points » ------
@pytest.mark.parametrize("text,figures", [
    # a count, then the noun « à deux points »: no reversed range
    ("Elle a marqué 31 points, dont 14 à deux points.", ["31", "14", "deux"]),
    ("Il a inscrit 9 à trois points et 4 aux lancers francs.", ["9", "trois", "4"]),
    # ranges stay ranges
    ("La croissance perdrait 2 à 3 points.", ["2 à 3"]),
    ("La croissance perdrait deux à trois points.", ["deux à trois"]),
    ("La croissance perdrait 2 à trois points.", ["2 à trois"]),
    ("La cote a reculé de 44 à deux points.", ["de 44 à deux"]),
])
def test_a_count_then_a_small_number_in_words_after_a_is_no_range(text, figures):
    from numlint.figures import numbers
    assert [f.text for f in numbers.find(text)] == figures


@pytest.mark.parametrize("body,codes", [
    ("Au total, l'équipe a marqué 92 points, dont 48 à deux points, 30 à trois points et 14 aux "
     "lancers francs.", []),
    ("Au total, l'équipe a marqué 92 points, dont 48 à deux points, 30 à trois points et 19 aux "
     "lancers francs.", ["NUM302"]),
    ("L'équipe a marqué 92 points, dont 58 à deux points et 39 à trois points.", ["NUM302"]),
    ("L'équipe a marqué 92 points, dont 58 à deux points et 24 à trois points.", []),
])
def test_num302_parts_named_a_deux_points_add_up(body, codes):
    assert found(body) == codes


@pytest.mark.parametrize("body,codes", [
    ("L'ailier a réussi 6 tirs à trois points sur 15, soit 40 %.", []),
    ("L'équipe a converti 21 paniers à deux points sur 35, soit 60 %.", []),
    ("Les visiteurs ont réussi 11 tirs à trois points sur 32, soit 34 %, et 19 lancers francs sur 24.", []),
    ("L'ailier a réussi 6 tirs à trois points sur 15, soit 60 %.", ["NUM303"]),
    ("L'équipe a converti 21 paniers à deux points sur 35, soit 75 %.", ["NUM303"]),
    # the count itself out of its attempts, no noun in between
    ("L'ailier a réussi 6 tirs sur 15, soit 60 %.", ["NUM303"]),
])
def test_num303_the_number_in_tir_a_trois_points_is_no_part(body, codes):
    assert found(body) == codes


@pytest.mark.parametrize("body,codes", [
    ("L'ailier a réussi 6 tirs à trois points et 4 à deux points, soit 10 tirs au total.", []),
    ("L'ailier a réussi 6 tirs à trois points et 4 à deux points, soit 12 tirs au total.", ["NUM301"]),
])
def test_num301_the_number_in_tir_a_trois_points_is_no_addend(body, codes):
    assert found(body) == codes
