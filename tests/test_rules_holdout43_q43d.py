"""Holdout round 43 (q43d): NUM305 patterns from unseen articles, with their honest look-alikes."""
from _lint_kit import codes

H = "Santé : les urgences sous tension\nLe point de l'agence régionale.\n"


# --- a verbal multiplier told against a base (« par rapport à … »), then « , passant de A à B »

def test_multiplier_par_rapport_then_passing_fires():
    t = H + "Le nombre de patients a triplé par rapport à la même période de 2025, passant de 41 à 63.\n"
    assert codes(t, "NUM305") == ["NUM305"]


def test_multiplier_par_rapport_an_dernier_fires():
    t = H + "Les consultations ont doublé par rapport à l'an dernier, passant de 120 à 310.\n"
    assert codes(t, "NUM305") == ["NUM305"]


def test_multiplier_depuis_then_passing_fires():
    t = H + "Les admissions ont quadruplé depuis le début de l'année précédente, passant de 15 à 37.\n"
    assert codes(t, "NUM305") == ["NUM305"]


def test_multiplier_par_rapport_fits_quiet():
    t = H + "Le nombre de patients a triplé par rapport à la même période de 2025, passant de 41 à 125.\n"
    assert codes(t, "NUM305") == []


def test_multiplier_par_rapport_approx_quiet():
    t = H + "Le nombre de patients a presque triplé par rapport à l'an dernier, passant de 41 à 110.\n"
    assert codes(t, "NUM305") == []


def test_multiplier_par_rapport_other_clause_quiet():
    t = H + "Le nombre de patients a triplé par rapport à 2025, et le nombre de lits est passé de 41 à 63.\n"
    assert codes(t, "NUM305") == []


def test_multiplier_par_rapport_pair_with_own_moments_quiet():
    t = H + "Le nombre de patients a triplé par rapport à 2025, passant de 41 en janvier à 63 en mars.\n"
    assert codes(t, "NUM305") == []


# --- « VERB de P %, à B, contre A (moment) »: the new level after « à », the old after « contre »

R = "Résultats : le fabricant tient bon\nLe groupe a publié ses comptes semestriels.\n"


def test_percent_comma_a_contre_fires():
    t = R + "Les ventes en Inde ont progressé de 15 %, à 2,30 milliards d'euros, contre 2,14 milliards un an plus tôt.\n"
    assert codes(t, "NUM305") == ["NUM305"]


def test_percent_a_without_comma_contre_fires():
    t = R + "Le chiffre d'affaires a reculé de 6 % à 940 millions d'euros, contre 1,1 milliard en 2025.\n"
    assert codes(t, "NUM305") == ["NUM305"]


def test_percent_a_contre_in_brackets_fires():
    t = R + "Les ventes en Inde ont progressé de 15 %, à 2,30 milliards d'euros (contre 2,14 milliards en 2024).\n"
    assert codes(t, "NUM305") == ["NUM305"]


def test_percent_pour_atteindre_contre_in_brackets_fires():
    t = R + "Les ventes en Inde ont augmenté de 15 % pour atteindre 2,30 milliards d'euros (contre 2,14 milliards l'an dernier).\n"
    assert codes(t, "NUM305") == ["NUM305"]


def test_percent_comma_a_contre_fits_quiet():
    t = R + "Les ventes en Inde ont progressé de 7,5 %, à 2,30 milliards d'euros, contre 2,14 milliards un an plus tôt.\n"
    assert codes(t, "NUM305") == []


def test_percent_a_contre_expectation_quiet():
    t = R + "Les ventes en Inde ont progressé de 15 %, à 2,30 milliards d'euros, contre 2,14 milliards attendus par les analystes.\n"
    assert codes(t, "NUM305") == []


def test_percent_a_contre_other_holder_quiet():
    t = R + "Les ventes en Inde ont progressé de 15 %, à 2,30 milliards d'euros, contre 2,14 milliards pour son concurrent.\n"
    assert codes(t, "NUM305") == []


def test_percent_at_constant_rates_then_a_quiet():
    t = R + "Les ventes en Inde ont progressé de 15 % à taux de change constants, à 2,30 milliards d'euros, contre 2,14 milliards.\n"
    assert codes(t, "NUM305") == []
