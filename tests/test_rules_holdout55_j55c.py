"""Holdout 55 (j55c): NUM404 seniority against the hiring year."""
from __future__ import annotations

from _lint_kit import codes


def _job(p: str) -> list[str]:
    html = ("<html><head><meta property=\"article:published_time\" content=\"2026-09-16T08:00:00+01:00\">"
            "<title>Plan social à la fonderie</title></head><body><h1>La fonderie ferme un atelier</h1>"
            "<p>La direction a présenté son plan aux syndicats.</p>"
            f"<p>{p}</p></body></html>")
    return codes(html, "NUM404", path="a.html")


# --- NUM404: « embauché(e) / entré(e) chez X / recruté(e) par X en YEAR » and « N ans d'ancienneté »

def test_tenure_hired_year_opening_fires():
    assert _job("Embauché en 1994 à la fonderie, Marc compte vingt ans d'ancienneté.") == ["NUM404"]


def test_tenure_entered_at_employer_de_maison_fires():
    assert _job("Entrée chez Valdor en 1989, elle a aujourd'hui 25 ans de maison.") == ["NUM404"]


def test_tenure_hiring_told_after_fires():
    assert _job("Il totalise 18 ans de service, lui qui a été recruté par la commune en 1996.") == ["NUM404"]


def test_tenure_fits_quiet():
    assert _job("Embauché en 1994 à la fonderie, Marc compte 32 ans d'ancienneté.") == []


def test_tenure_in_past_tense_quiet():
    assert _job("Embauché en 1994 à la fonderie, Marc comptait vingt ans d'ancienneté au moment du rachat.") == []


def test_tenure_entered_country_quiet():
    assert _job("Entré en France en 1989, il a 25 ans d'ancienneté chez Valdor.") == []


def test_tenure_arrived_quiet():
    assert _job("Arrivée à Lyon en 1989, elle a 25 ans d'ancienneté.") == []


def test_tenure_compared_quiet():
    assert _job("Embauché en 1994, il a dix ans d'ancienneté de plus que son chef.") == []


def test_tenure_in_trade_quiet():
    assert _job("Embauchée en 2015 chez Valdor, elle a 30 ans d'ancienneté dans le métier.") == []


def test_tenure_second_year_quiet():
    assert _job("Embauché en 1994, il a 20 ans d'ancienneté, comme son collègue recruté en 2006.") == []


# --- NUM305: « qui était de A (moment), passe à B » as a pair; a fraction after a colon;
# « d'un bon tiers », « d'une bonne moitié » (a fraction and a little more)

def _n305(s: str) -> list[str]:
    return codes(s, "NUM305", path="a.txt")


def test_was_then_moves_to_percent_fires():
    assert _n305("L'abonnement, qui était de 20 euros en 2024, passe à 24 euros, "
                 "soit une hausse de 40 %.") == ["NUM305"]


def test_was_then_moves_to_percent_fits_quiet():
    assert _n305("L'abonnement, qui était de 20 euros en 2024, passe à 24 euros, "
                 "soit une hausse de 20 %.") == []


def test_share_was_then_moves_to_points_quiet():
    assert _n305("La part du bio, qui était de 20 % l'an dernier, passe à 30 %, soit dix points de plus.") == []


def test_fraction_after_colon_fires():
    assert _n305("Le loyer est passé de 600 à 700 euros : une hausse d'un tiers.") == ["NUM305"]


def test_fraction_after_colon_fits_quiet():
    assert _n305("Le loyer est passé de 600 à 800 euros : une hausse d'un tiers.") == []


def test_good_third_fires():
    assert _n305("Le loyer est passé de 600 à 700 euros, une hausse d'un bon tiers.") == ["NUM305"]


def test_good_third_fits_quiet():
    assert _n305("Le loyer est passé de 600 à 820 euros, une hausse d'un bon tiers.") == []


def test_good_half_fits_quiet():
    assert _n305("Le loyer est passé de 600 à 950 euros, une hausse d'une bonne moitié.") == []


def test_good_half_fires():
    assert _n305("Le loyer, qui était de 600 euros, passe à 700 euros : une hausse d'une bonne moitié.") \
        == ["NUM305"]


def test_good_third_of_people_quiet():
    assert _n305("Le loyer est passé de 600 à 700 euros, et un bon tiers des locataires ne peut plus payer.") == []


def test_was_then_moves_to_good_third_fires():
    assert _n305("L'abonnement, qui s'élevait à 30 euros l'an dernier, grimpe à 34 euros : "
                 "une augmentation d'un bon tiers.") == ["NUM305"]


def test_was_other_measure_then_moves_quiet():
    assert _n305("L'abonnement, qui était de 30 euros, passe à 45 minutes de trajet gratuit, "
                 "une hausse d'un tiers.") == []
