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
