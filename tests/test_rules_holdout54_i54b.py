"""Holdout 54 (i54b): changes told by a fraction or a participle, durations, elapsed years."""
from __future__ import annotations

from _lint_kit import codes

_HEAD = "Titre de l'article\nUne introduction sans chiffre.\n"


def _c(body: str, rule: str) -> list[str]:
    return codes(_HEAD + body + "\n", rule, path="a.txt")


# --- NUM305: a fraction change, its span (« en trois semaines ») then « passant de A (date) à B »

def test_fraction_change_span_then_pair_fires():
    assert _c("Le niveau du lac a baissé de moitié en deux mois, passant de 80 cm à 62 cm.", "NUM305") == ["NUM305"]


def test_fraction_change_dated_pair_fires():
    assert _c("Le stock a diminué d'un quart, passant de 120 tonnes le 1er juin à 110 tonnes "
              "le 30 juin.", "NUM305") == ["NUM305"]


def test_fraction_change_span_and_dated_pair_fires():
    assert _c("Les inscriptions ont progressé d'un tiers sur un an, passant de 300 au 1er septembre "
              "à 460 au 1er octobre.", "NUM305") == ["NUM305"]


def test_fraction_change_span_and_dated_pair_fits_quiet():
    assert _c("Le niveau du lac a baissé de moitié en deux mois, passant de 80 cm le 1er mai à "
              "40 cm le 1er juillet.", "NUM305") == []


def test_fraction_change_span_fits_quiet():
    assert _c("Les inscriptions ont progressé d'un tiers sur un an, passant de 300 à 400.", "NUM305") == []


def test_fraction_change_loose_quiet():
    assert _c("Le stock a diminué de près d'un quart en six mois, passant de 120 tonnes le 1er juin "
              "à 100 tonnes le 30 novembre.", "NUM305") == []


# --- NUM305: « de A à B, perdant / gagnant / cédant P % »

def test_participle_loss_fires():
    assert _c("Les recettes ont glissé de 5,0 à 4,8 millions d'euros, perdant 9 % en un an.", "NUM305") == ["NUM305"]


def test_participle_gain_fires():
    assert _c("Le trafic est passé de 400 à 440 bateaux, gagnant 20 % sur un an.", "NUM305") == ["NUM305"]


def test_participle_year_span_fires():
    assert _c("L'action a reculé de 50 à 45 euros, cédant 20 % en 2025.", "NUM305") == ["NUM305"]


def test_participle_fits_quiet():
    assert _c("Les recettes ont glissé de 5,0 à 4,8 millions d'euros, perdant 4 % en un an.", "NUM305") == []


def test_participle_other_measure_quiet():
    assert _c("Les recettes ont glissé de 5,0 à 4,8 millions d'euros, perdant 9 % en volume.", "NUM305") == []


def test_participle_other_object_quiet():
    assert _c("Les recettes ont glissé de 5,0 à 4,8 millions d'euros, perdant 9 % de parts de marché.",
              "NUM305") == []


def test_participle_other_subject_quiet():
    assert _c("Les recettes ont glissé de 5,0 à 4,8 millions d'euros, le club perdant 9 % de ses "
              "abonnés.", "NUM305") == []
