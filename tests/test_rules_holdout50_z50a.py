"""Holdout round 50 (z50a): patterns behind the cases, in sentences of our own."""
from __future__ import annotations

from _lint_kit import codes


# 1. NUM302: a « dont » right after a part of a list divides that part, never the whole

def test_num302_nested_dont_after_last_part_quiet():
    t = ("Parmi les 420 élèves du lycée, 260 sont externes et 160 demi-pensionnaires, "
         "dont une centaine viennent des communes voisines.\n")
    assert codes(t, "NUM302", path="a.txt") == []


def test_num302_nested_dont_after_first_part_quiet():
    t = "Sur les 420 élèves, 260 sont externes, dont 90 boursiers, et 160 demi-pensionnaires.\n"
    assert codes(t, "NUM302", path="a.txt") == []


def test_num302_nested_dont_in_dont_list_quiet():
    t = "Le lycée compte 420 élèves, dont 260 externes et 160 demi-pensionnaires, dont 75 internes.\n"
    assert codes(t, "NUM302", path="a.txt") == []


def test_num302_parmi_lesquels_after_part_quiet():
    t = ("Sur les 420 élèves, 260 sont externes et 160 demi-pensionnaires, "
         "parmi lesquels 80 viennent des communes voisines.\n")
    assert codes(t, "NUM302", path="a.txt") == []


def test_num302_nested_dont_larger_than_its_part_fires():
    t = "Sur les 420 élèves, 260 sont externes et 160 demi-pensionnaires, dont 175 boursiers.\n"
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_num302_list_over_whole_with_nested_dont_still_fires():
    t = "Sur les 420 élèves, 260 sont des externes et 190 des demi-pensionnaires, dont 40 boursiers.\n"
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_num302_nested_list_over_its_part_fires():
    t = ("Sur ces 8 000 tonnes, on compte 5 000 tonnes de céréales, dont 2 600 tonnes de blé, "
         "1 900 tonnes d'orge et 1 200 tonnes de maïs.\n")
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_num302_nested_list_within_its_part_quiet():
    t = ("Sur ces 8 000 tonnes, on compte 5 000 tonnes de céréales, dont 2 600 tonnes de blé, "
         "1 300 tonnes d'orge et 1 000 tonnes de maïs.\n")
    assert codes(t, "NUM302", path="a.txt") == []


# 2. NUM303: a share after « dont N » told as an apposition « , une part / une proportion de P % »

def test_num303_dont_une_part_de_fires():
    t = "Le salon a réuni 2 400 exposants, dont 1 150 venus de l'étranger, une part de 58 %.\n"
    assert codes(t, "NUM303", path="a.txt") == ["NUM303"]


def test_num303_dont_une_proportion_de_with_relative_fires():
    t = ("Le salon a réuni 2 400 exposants, dont 1 150 venus de l'étranger, "
         "une proportion de 58 % qui surprend les organisateurs.\n")
    assert codes(t, "NUM303", path="a.txt") == ["NUM303"]


def test_num303_dont_soit_une_part_de_and_ce_qui_represente_fire():
    for lead in ("soit une part de", "ce qui représente"):
        t = f"Le salon a réuni 2 400 exposants, dont 1 150 venus de l'étranger, {lead} 58 %.\n"
        assert codes(t, "NUM303", path="a.txt") == ["NUM303"], lead


def test_num303_dont_une_part_right_quiet():
    t = "Le salon a réuni 2 400 exposants, dont 1 150 venus de l'étranger, une part de 48 %.\n"
    assert codes(t, "NUM303", path="a.txt") == []


def test_num303_dont_une_part_of_another_whole_quiet():
    t = ("Le salon a réuni 2 400 exposants, dont 1 150 venus de l'étranger, "
         "une part de 58 % du marché européen.\n")
    assert codes(t, "NUM303", path="a.txt") == []


def test_num303_dont_un_taux_or_hausse_quiet():
    for t in ("La commune compte 5 000 habitants, dont 300 chômeurs, un taux de 12 %.\n",
              "Le salon a réuni 2 400 exposants, dont 1 150 venus de l'étranger, une hausse de 58 %.\n"):
        assert codes(t, "NUM303", path="a.txt") == [], t


# 4. NUM303: « Parmi ces / les <nom>, N …, soit P % »: the share is of the one count told just before

def test_num303_parmi_ces_share_of_count_before_fires():
    t = ("Un bilan d'établissement\n\nLa direction a présenté son rapport annuel.\n\nLa maison de retraite hébergeait 820 personnes en janvier.\n\n"
         "Parmi ces résidents, 310 ont plus de 85 ans, soit 52 % de l'établissement.\n")
    assert codes(t, "NUM303", path="a.txt") == ["NUM303"]


def test_num303_parmi_les_same_paragraph_fires():
    t = ("Un bilan de saison\n\nLe président a présenté son rapport annuel.\n\nLe club compte 640 licenciés cette saison. Parmi les licenciés, 150 sont des femmes, "
         "soit 31 %.\n")
    assert codes(t, "NUM303", path="a.txt") == ["NUM303"]


def test_num303_parmi_ces_share_right_quiet():
    t = ("Un bilan d'établissement\n\nLa direction a présenté son rapport annuel.\n\nLa maison de retraite hébergeait 820 personnes en janvier.\n\n"
         "Parmi ces résidents, 310 ont plus de 85 ans, soit 38 % de l'établissement.\n")
    assert codes(t, "NUM303", path="a.txt") == []


def test_num303_parmi_ces_two_counts_before_quiet():
    t = ("Un bilan d'établissement\n\nLa direction a présenté son rapport annuel.\n\nLa maison de retraite hébergeait 820 personnes en janvier, contre 600 personnes en 2020.\n\n"
         "Parmi ces résidents, 310 ont plus de 85 ans, soit 52 %.\n")
    assert codes(t, "NUM303", path="a.txt") == []


def test_num303_parmi_ces_things_not_people_quiet():
    t = ("Un bilan d'établissement\n\nLa direction a présenté son rapport annuel.\n\nLa résidence accueille 820 personnes.\n\n"
         "Parmi ces logements, 310 ont été rénovés, soit 52 %.\n")
    assert codes(t, "NUM303", path="a.txt") == []


# 3. NUM302: « Sur ces / Parmi ces N heures, A …, B … »: a span of hours split by bare counts

_LEAD = "Un bilan du réseau\n\nLe gestionnaire a publié ses chiffres.\n\n"


def test_num302_sur_ces_heures_split_over_fires():
    t = _LEAD + "Sur ces 160 heures de coupure, 95 ont touché la ville et 80 la campagne.\n"
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_num302_parmi_ces_heures_split_over_fires():
    t = _LEAD + "Parmi ces 160 heures, 95 tombaient la nuit et 80 en journée.\n"
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_num302_sur_ces_heures_split_within_quiet():
    t = _LEAD + "Sur ces 160 heures de coupure, 95 ont touché la ville et 65 la campagne.\n"
    assert codes(t, "NUM302", path="a.txt") == []


def test_num302_sur_ces_heures_people_counted_quiet():
    for t in (_LEAD + "Sur ces 72 heures, 40 ont été arrêtés et 45 placés en garde à vue.\n",
              _LEAD + "Sur ces 72 heures, 40 manifestants ont été arrêtés et 45 blessés.\n"):
        assert codes(t, "NUM302", path="a.txt") == [], t
