"""Rules tightened from holdout round 40 (h40a): own sentences for each pattern."""
from __future__ import annotations

import pytest
from _lint_kit import codes

HEAD = "Titre de l'article\nUn chapeau sans chiffre.\n"


def lint(body: str, rule: str) -> list[str]:
    return codes(HEAD + body + "\n", rule, path="a.txt")


# « ont doublé en N ans, passant de A à B »: the multiplier, its span, then the pair
@pytest.mark.parametrize("body", [
    "Les ventes en ligne ont doublé en cinq ans, passant de 9 800 en 2020 à 14 300 en 2025.",
    "Les adhésions ont triplé en dix ans, passant de 2 000 à 4 100.",
])
def test_multiplier_then_passing_fires(body):
    assert lint(body, "NUM305") == ["NUM305"]


@pytest.mark.parametrize("body", [
    "Les ventes en ligne ont doublé en cinq ans, passant de 9 800 en 2020 à 19 300 en 2025.",
    "Les ventes en ligne ont plus que doublé en cinq ans, passant de 9 800 en 2020 à 24 300 en 2025.",
    "Les ventes en ligne ont presque doublé en dix ans, passant de 9 800 en 2015 à 18 300 en 2025.",
    "Les adhésions ont triplé en dix ans, passant de 2 000 à 6 100.",
])
def test_multiplier_then_passing_quiet(body):
    assert lint(body, "NUM305") == []


# « passé de A à B, une multiplication par plus de N »
@pytest.mark.parametrize("body", [
    "Le nombre de cas est passé de 140 à la mi-septembre à 610 fin octobre, une multiplication par plus de six selon le bulletin.",
    "Les inscriptions sont passées de 140 en septembre à 610 en octobre, soit une multiplication par près de six.",
])
def test_multiplication_noun_fires(body):
    assert lint(body, "NUM305") == ["NUM305"]


@pytest.mark.parametrize("body", [
    "Le nombre de cas est passé de 140 à la mi-septembre à 900 fin octobre, une multiplication par plus de six selon le bulletin.",
    "Les inscriptions sont passées de 140 en septembre à 810 en octobre, soit une multiplication par près de six.",
    "Les inscriptions sont passées de 140 en septembre à 610 en octobre, soit une multiplication par quatre.",
    "Les inscriptions sont passées de 140 en septembre à 610 en octobre, soit une multiplication par plus de six des demandes.",
])
def test_multiplication_noun_quiet(body):
    assert lint(body, "NUM305") == []


# « N salariés, dont P …, soit près des deux tiers de l'effectif »: the dont part's whole
@pytest.mark.parametrize("body", [
    "La clinique emploie 2 400 soignants, dont 960 vivent hors de la région, soit près des deux tiers de l'effectif.",
    "La clinique emploie 2 400 soignants, dont 960 vivent hors de la région, soit près d'un quart de l'effectif.",
])
def test_dont_fraction_of_headcount_fires(body):
    assert lint(body, "NUM303") == ["NUM303"]


@pytest.mark.parametrize("body", [
    "La clinique emploie 2 400 soignants, dont 1 580 vivent hors de la région, soit près des deux tiers de l'effectif.",
    "La clinique emploie 2 400 soignants, dont 620 vivent hors de la région, soit près d'un quart de l'effectif.",
    "La clinique emploie 2 400 soignants, dont 960 vivent hors de la région, soit près des deux tiers de l'effectif national.",
    "La clinique emploie 2 400 soignants, dont 960 vivent hors de la région, soit près des deux tiers de l'effectif infirmier.",
])
def test_dont_fraction_of_headcount_quiet(body):
    assert lint(body, "NUM303") == []
