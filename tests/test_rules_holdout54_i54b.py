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
