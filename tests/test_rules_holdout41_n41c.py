"""Holdout 41 (n41c): patterns behind the misses of the forty-first round, in our own words."""
from __future__ import annotations

from _lint_kit import codes


def _art(sentence: str) -> str:
    return f"Bilan de l'année\n\nLes chiffres sont connus.\n\n{sentence} Les élus sont satisfaits.\n"


# NUM305: « a reculé de P %, passant de A à B »: a verb-led percent change, its pair after it

def test_num305_verb_percent_then_passing_range_fires():
    text = _art("Les inscriptions au conservatoire ont baissé de 18 %, passant de 2 400 à 2 300 élèves.")
    assert codes(text, "NUM305", path="a.txt") == ["NUM305"]


def test_num305_verb_percent_then_passing_two_figures_fires():
    text = _art("Le trafic du port a progressé de 30 %, passant de 1 200 navires à 1 320 navires.")
    assert codes(text, "NUM305", path="a.txt") == ["NUM305"]


def test_num305_verb_percent_then_passing_that_fits_is_quiet():
    text = _art("Les inscriptions au conservatoire ont baissé de 4 %, passant de 2 400 à 2 300 élèves.")
    assert codes(text, "NUM305", path="a.txt") == []


def test_num305_verb_percent_then_passing_rounded_is_quiet():
    text = _art("Le prix du ticket a grimpé de 12 %, passant de 1,60 à 1,80 euro.")
    assert codes(text, "NUM305", path="a.txt") == []


def test_num305_verb_percent_without_passing_is_quiet():
    text = _art("Les inscriptions ont baissé de 18 %, de 2 400 élèves l'an dernier on compte 2 300 élèves.")
    assert codes(text, "NUM305", path="a.txt") == []


# NUM305: « passé de A à B, un bond d'un tiers »: a fraction change noun after its pair

def test_num305_fraction_noun_after_pair_fires():
    text = _art("Le nombre de licenciés est passé de 600 à 660 cette saison, une progression "
                "d'un quart que le club attribue au nouveau stade.")
    assert codes(text, "NUM305", path="a.txt") == ["NUM305"]


def test_num305_fraction_noun_after_pair_soit_fires():
    text = _art("La dotation est passée de 90 000 à 100 000 euros, soit une baisse de moitié.")
    assert codes(text, "NUM305", path="a.txt") == ["NUM305"]


def test_num305_fraction_noun_after_pair_that_fits_is_quiet():
    text = _art("Le nombre de licenciés est passé de 600 à 750 cette saison, une progression "
                "d'un quart que le club attribue au nouveau stade.")
    assert codes(text, "NUM305", path="a.txt") == []


def test_num305_fraction_noun_with_its_own_span_is_quiet():
    text = _art("Le nombre de licenciés est passé de 600 à 660 cette saison, une progression "
                "d'un quart en dix ans.")
    assert codes(text, "NUM305", path="a.txt") == []


def test_num305_fraction_noun_after_contre_pair_is_quiet():
    text = _art("Le club compte 660 licenciés, contre 600 l'an dernier, une progression "
                "d'un quart.")
    assert codes(text, "NUM305", path="a.txt") == []


# NUM304: a vote's field told one sentence per list, the base named once then bare shares

_VOTE = ("La candidate sortante arrive en tête avec 38,5 % des suffrages exprimés. La liste "
         "écologiste, emmenée par un ancien adjoint aux transports, recueille 31,2 %. ")


def test_num304_field_over_sentences_fires():
    text = _art(_VOTE + "Une liste de commerçants obtient 22,4 %, et la liste d'extrême gauche en "
                "réunit 12,1 %.")
    assert codes(text, "NUM304", path="a.txt") == ["NUM304"]


def test_num304_field_over_sentences_that_fits_is_quiet():
    text = _art(_VOTE + "Une liste de commerçants obtient 20,4 %, et la liste d'extrême gauche en "
                "réunit 9,9 %.")
    assert codes(text, "NUM304", path="a.txt") == []


def test_num304_field_over_sentences_other_base_is_quiet():
    text = _art(_VOTE + "Une liste de commerçants obtient 22,4 % des inscrits, et la liste d'extrême "
                "gauche en réunit 12,1 % des inscrits.")
    assert codes(text, "NUM304", path="a.txt") == []


def test_num304_field_over_sentences_second_round_out_of_order_is_quiet():
    text = _art(_VOTE + "Une liste de commerçants obtient 12,4 %. Au second tour, la liste "
                "écologiste recueille 20,5 %.")
    assert codes(text, "NUM304", path="a.txt") == []
