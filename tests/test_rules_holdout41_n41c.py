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
