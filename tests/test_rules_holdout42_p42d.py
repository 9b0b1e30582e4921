"""Rule tests from holdout round 42 (helper p42d): own sentences for each pattern."""
from __future__ import annotations

from _lint_kit import codes


def md(title: str, *paras: str) -> str:
    return ("---\ndate: 2026-09-18\n---\n\n# " + title + "\n\n**La journée a été difficile pour "
            "les usagers.**\n\n" + "\n\n".join(paras) + "\n")


# -- a headline's bare weekday and the body's date written with that weekday: one day --------

def test_weekday_headline_against_dated_body_fires():
    text = md("Grève SNCF : 420 trains supprimés jeudi en Bretagne",
              "Le mouvement a été très suivi. Jeudi 17 septembre, 350 trains ont été supprimés "
              "sur le réseau régional.",
              "La direction espère un retour à la normale lundi.")
    assert codes(text, "NUM201", path="a.md") == ["NUM201"]


def test_weekday_headline_against_dated_body_other_order_fires():
    text = md("Neige : 260 vols annulés samedi à Genève",
              "Les chasse-neige n'ont pas suffi. Au total, 190 vols ont été annulés le samedi "
              "12 septembre, selon l'aéroport.",
              "Le trafic a repris dimanche matin.")
    assert codes(text, "NUM201", path="a.md") == ["NUM201"]


def test_weekday_headline_against_another_day_quiet():
    # the body's date is a Wednesday: another day's count
    text = md("Grève SNCF : 420 trains supprimés jeudi en Bretagne",
              "Le mouvement a commencé la veille. Mercredi 16 septembre, 350 trains ont été "
              "supprimés sur le réseau régional.",
              "La direction espère un retour à la normale lundi.")
    assert codes(text, "NUM201", path="a.md") == []


def test_weekday_headline_count_in_no_state_quiet():
    # homes still cut off (headline) and homes reconnected (body) that day: two measures
    text = md("Tempête : 180 000 foyers encore privés de courant vendredi soir",
              "Vendredi 18 septembre à 20 heures, les équipes avaient rétabli le courant chez "
              "150 000 foyers, selon le gestionnaire du réseau.",
              "Les coupures reculent.")
    assert codes(text, "NUM201", path="a.md") == []


def test_weekday_headline_body_gives_headline_value_quiet():
    text = md("Grève SNCF : 420 trains supprimés jeudi en Bretagne",
              "Jeudi 17 septembre, 350 trains ont été supprimés sur le réseau TER.",
              "En comptant les cars de substitution, 420 trains ont été supprimés ce jour-là.")
    assert codes(text, "NUM201", path="a.md") == []
