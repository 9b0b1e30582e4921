"""Round 43 (q43c): shares restated by a synonym of « soit », a small count the part has,
scaled parts of a quantity whole."""
from _lint_kit import codes


# « c'est-à-dire / autrement dit / ce qui fait P % » restating a part of a « Parmi les N » whole

def test_cest_a_dire_share_fires():
    t = "Parmi les 25 millions de foyers du pays, 15 millions se chauffent au gaz, c'est-à-dire 40 % d'entre eux.\n"
    assert codes(t, "NUM303", path="a.txt") == ["NUM303"]


def test_autrement_dit_share_fires():
    t = "Sur les 800 agents du service, 200 sont en arrêt, autrement dit près de 40 % des effectifs.\n"
    assert codes(t, "NUM303", path="a.txt") == ["NUM303"]


def test_ce_qui_fait_share_fires():
    t = "Parmi les 450 adhérents du club, 90 ont renouvelé leur licence, ce qui fait 35 % d'entre eux.\n"
    assert codes(t, "NUM303", path="a.txt") == ["NUM303"]


def test_cest_a_dire_right_share_quiet():
    t = "Parmi les 25 millions de foyers du pays, 15 millions se chauffent au gaz, c'est-à-dire 60 % d'entre eux.\n"
    assert codes(t, "NUM303", path="a.txt") == []


def test_autrement_dit_new_sentence_quiet():
    t = "Sur les 800 agents du service, 200 sont en arrêt. Autrement dit, 40 % des bureaux sont vides.\n"
    assert codes(t, "NUM303", path="a.txt") == []


def test_cest_a_dire_without_comma_quiet():
    t = "Sur les 800 agents du service, 200 sont en arrêt c'est-à-dire 40 % de plus qu'en 2023.\n"
    assert codes(t, "NUM303", path="a.txt") == []


# « A des N noun … (leurs deux doses), une couverture de P % »: a small count the part has, and a
# rate noun in apposition restating A/N

def test_small_count_then_couverture_fires():
    t = "Dans le canton, 1 200 des 4 800 résidents testés avaient reçu leurs trois doses, une couverture de 45 %.\n"
    assert codes(t, "NUM303", path="a.txt") == ["NUM303"]


def test_small_count_then_soit_fires():
    t = "Sur les 4 800 résidents testés, 1 200 avaient reçu les trois doses, soit 45 %.\n"
    assert codes(t, "NUM303", path="a.txt") == ["NUM303"]


def test_couverture_vaccinale_fires():
    t = "Parmi les 4 800 résidents testés, 1 200 avaient reçu deux doses, une couverture vaccinale de 45 %.\n"
    assert codes(t, "NUM303", path="a.txt") == ["NUM303"]


def test_small_count_right_share_quiet():
    t = "Dans le canton, 1 200 des 4 800 résidents testés avaient reçu leurs trois doses, une couverture de 25 %.\n"
    assert codes(t, "NUM303", path="a.txt") == []


def test_small_count_that_is_the_part_quiet():
    t = "Sur les 12 candidats, sept ont réussi l'écrit et deux candidats ont été reçus, soit 17 %.\n"
    assert codes(t, "NUM303", path="a.txt") == []


def test_couverture_without_whole_quiet():
    t = "Dans le canton, 1 200 résidents avaient reçu leurs trois doses, une couverture de 45 %.\n"
    assert codes(t, "NUM303", path="a.txt") == []


# « Sur ces N millions de tonnes, X en représente (à lui seul) A million, Y B million et Z, …, C tonnes »:
# parts at the whole's scale with its unit said once, the last in full units

def test_scaled_parts_then_full_unit_fires():
    t = "Sur ces 2,4 millions de tonnes, les céréales en représentent 1,2 million, les engrais 0,6 million et le bois 900 000 tonnes.\n"
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_a_lui_seul_and_apposition_fires():
    t = ("Sur ces 5,2 millions d'hectolitres, le vin rouge en représente à lui seul 3,1 millions, "
         "le rosé 1,6 million et les blancs, effervescents et vins doux compris, 700 000 hectolitres.\n")
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_scaled_parts_within_whole_quiet():
    t = "Sur ces 2,4 millions de tonnes, les céréales en représentent 1,2 million, les engrais 0,6 million et le bois 400 000 tonnes.\n"
    assert codes(t, "NUM302", path="a.txt") == []


def test_target_in_own_clause_quiet():
    t = ("Sur ces 2,4 millions de tonnes, les céréales en représentent 1,2 million, les engrais 0,6 million "
         "et le port, qui vise de nouveaux marchés cette année, 900 000 tonnes de plus.\n")
    assert codes(t, "NUM302", path="a.txt") == []


def test_full_unit_in_next_sentence_quiet():
    t = ("Sur ces 2,4 millions de tonnes, les céréales en représentent 1,2 million, les engrais 0,6 million. "
         "Le port vise 900 000 tonnes de plus en 2027.\n")
    assert codes(t, "NUM302", path="a.txt") == []
