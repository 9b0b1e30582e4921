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
