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


# « a progressé d'(environ) un cinquième, passant de A (nom, en 2024) à B »: a fraction word said
# round, the pair with A's noun and year between
def test_305_fraction_fifth_about_passing_fires():
    t = H + "En un an, le trafic a augmenté d'environ un cinquième, passant de 5,2 millions de passagers en 2024 à 5,5 millions.\n"
    assert codes(t, "NUM305", path="a.txt") == ["NUM305"]


def test_305_fraction_third_noun_between_fires():
    t = H + "Les ventes ont reculé d'un tiers, passant de 800 tonnes à 700 tonnes.\n"
    assert codes(t, "NUM305", path="a.txt") == ["NUM305"]


def test_305_fraction_about_fifth_right_quiet():
    t = H + "En un an, le trafic a augmenté d'environ un cinquième, passant de 5,2 millions de passagers en 2024 à 6,1 millions.\n"
    assert codes(t, "NUM305", path="a.txt") == []


def test_305_fraction_about_third_loose_quiet():
    # « près d'un tiers » for +27 %: round words, read wide
    t = H + "Les inscriptions ont progressé de près d'un tiers, passant de 3 000 élèves en 2023 à 3 800.\n"
    assert codes(t, "NUM305", path="a.txt") == []


def test_305_fraction_other_clause_between_quiet():
    t = H + "Le trafic a augmenté d'un cinquième, passant de 5,2 millions, contre 4 millions prévus, à 6,2 millions.\n"
    assert codes(t, "NUM305", path="a.txt") == []


# « Parmi les N choses (participe) figurent / se trouvent / on compte A, B et C »: no comma,
# a verb of presence with its subject after it, then the parts
def test_302_parmi_figurent_parts_above_whole():
    t = H + "Parmi les 52 bateaux engagés figurent 30 voiliers, 15 catamarans et 12 trimarans.\n"
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_302_parmi_on_denombre_parts_above_whole():
    t = H + "Parmi les 52 candidats reçus on dénombre 30 Lyonnais, 15 Grenoblois et 10 Stéphanois.\n"
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_302_parmi_figurent_two_highlights_quiet():
    # two highlights may cross (ministers among the women): no sum below three parts
    t = H + "Parmi les 12 candidats figurent 3 anciens ministres et 10 femmes.\n"
    assert codes(t, "NUM302", path="a.txt") == []


def test_302_parmi_se_trouvaient_parts_above_whole():
    t = H + "Parmi les 52 passagers se trouvaient 30 Français, 15 Belges et 12 Suisses.\n"
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_302_parmi_figurent_parts_within_quiet():
    t = H + "Parmi les 52 bateaux engagés figurent 30 voiliers, 15 catamarans et 7 trimarans.\n"
    assert codes(t, "NUM302", path="a.txt") == []


def test_302_parmi_ne_figurent_que_quiet():
    t = H + "Parmi les 52 bateaux engagés ne figurent que 30 voiliers et 25 catamarans.\n"
    assert codes(t, "NUM302", path="a.txt") == []


def test_302_parmi_other_verb_quiet():
    # « Parmi les 52 bateaux engagés, … » read elsewhere; here another verb, an agent: no list
    t = H + "Parmi les 52 bateaux engagés naviguent 30 skippers qui ont couru 45 éditions.\n"
    assert codes(t, "NUM302", path="a.txt") == []


# « X, avec ses N habitants, abrite un Béninois sur dix »: a nation's ratio (its demonym) of the
# nation's one count of inhabitants told in the article
_LAND = "La Bretagne en fête\n\nLe Portugal compte 10,4 millions d'habitants, selon l'institut de statistique.\n\n"


def test_303_demonym_ratio_against_land_count_fires():
    t = _LAND + "Porto, avec ses 230 000 habitants, abrite un Portugais sur dix.\n"
    assert codes(t, "NUM303", path="a.txt") == ["NUM303"]


def test_303_demonym_ratio_about_fires():
    t = _LAND + "Avec ses 520 000 habitants, Lisbonne rassemble près d'un Portugais sur cinq.\n"
    assert codes(t, "NUM303", path="a.txt") == ["NUM303"]


def test_303_demonym_ratio_right_quiet():
    t = _LAND + "Lisbonne, avec ses 1 100 000 habitants, abrite un Portugais sur dix.\n"
    assert codes(t, "NUM303", path="a.txt") == []


def test_303_demonym_ratio_two_land_counts_quiet():
    # two counts of the nation that disagree: which one? quiet (NUM201's business)
    t = _LAND + ("Selon les Nations unies, le Portugal compte 9,8 millions d'habitants.\n\n"
                 "Porto, avec ses 230 000 habitants, abrite un Portugais sur dix.\n")
    assert codes(t, "NUM303", path="a.txt") == []


def test_303_demonym_ratio_earlier_land_count_quiet():
    t = ("Titre\n\nEn 1990, le Portugal comptait 9,9 millions d'habitants.\n\n"
         "Porto, avec ses 230 000 habitants, abrite un Portugais sur dix.\n")
    assert codes(t, "NUM303", path="a.txt") == []


def test_303_demonym_ratio_no_land_count_quiet():
    t = ("Titre\n\nLa capitale portugaise compte 550 000 habitants.\n\n"
         "Porto, avec ses 230 000 habitants, abrite un Portugais sur dix.\n")
    assert codes(t, "NUM303", path="a.txt") == []


def test_305_fraction_pres_de_loose_quiet():
    # « de près d'un tiers » is said loosely: only « environ » is read wide
    t = H + "Les inscriptions ont progressé de près d'un tiers, passant de 3 000 élèves en 2023 à 3 300.\n"
    assert codes(t, "NUM305", path="a.txt") == []


# « N victimes, tués et blessés confondus » … « ont tué A personnes … et en ont blessé B »: the
# killed and the wounded told by their verbs sum above the toll of both
def test_302_killed_and_wounded_by_verbs_above_both_toll():
    t = H + ("Depuis mars, les bombardements ont fait 1 500 victimes, morts et blessés confondus.\n\n"
             "Les frappes ont tué 600 personnes et en ont blessé 1 100, selon les secours.\n")
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_302_killed_and_wounded_by_verbs_wounded_first():
    t = H + ("Les combats ont fait 1 500 victimes, blessés et tués confondus.\n\n"
             "Ils ont tué 600 civils et en ont blessé 1 100.\n")
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_302_killed_and_wounded_by_verbs_within_toll_quiet():
    t = H + ("Depuis mars, les bombardements ont fait 1 500 victimes, morts et blessés confondus.\n\n"
             "Les frappes ont tué 500 personnes et en ont blessé 1 000, selon les secours.\n")
    assert codes(t, "NUM302", path="a.txt") == []


def test_302_victims_without_both_said_quiet():
    # « 1 500 victimes » alone may count the dead only: no sum against it
    t = H + ("Depuis mars, les bombardements ont fait 1 500 victimes.\n\n"
             "Les frappes ont tué 600 personnes et en ont blessé 1 100, selon les secours.\n")
    assert codes(t, "NUM302", path="a.txt") == []


def test_302_killed_and_wounded_other_year_quiet():
    t = H + ("En 2024, les bombardements ont fait 1 500 victimes, morts et blessés confondus.\n\n"
             "Cette année, les frappes ont tué 600 personnes et en ont blessé 1 100.\n")
    assert codes(t, "NUM302", path="a.txt") == []
