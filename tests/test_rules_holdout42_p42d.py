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


# -- a scheduled service called off: « annulés », « supprimés », « déprogrammés » are one act -----

def test_cancelled_headline_against_removed_body_fires():
    text = md("Neige : 260 vols annulés à Genève",
              "Les chasse-neige n'ont pas suffi : 190 vols ont été supprimés dans la journée, "
              "selon l'aéroport.",
              "Le trafic a repris dimanche matin.")
    assert codes(text, "NUM201", path="a.md") == ["NUM201"]


def test_removed_headline_against_deprogrammed_body_fires():
    text = md("Grève : 640 trains supprimés en Île-de-France",
              "La SNCF a déprogrammé les lignes les plus touchées. En tout, 480 trains ont été "
              "déprogrammés sur les lignes de banlieue.",
              "Le trafic doit reprendre progressivement.")
    assert codes(text, "NUM201", path="a.md") == ["NUM201"]


def test_cancelled_and_removed_of_jobs_quiet():
    # jobs cut and openings called off are two measures
    text = md("Industrie : 260 postes supprimés chez le fabricant",
              "Le groupe a par ailleurs annoncé que 190 postes ont été annulés dans son plan "
              "d'embauche.",
              "Les syndicats dénoncent une saignée.")
    assert codes(text, "NUM201", path="a.md") == []


def test_cancelled_against_delayed_flights_quiet():
    text = md("Neige : 260 vols annulés à Genève",
              "Les chasse-neige n'ont pas suffi : 190 vols ont été retardés dans la journée, "
              "selon l'aéroport.",
              "Le trafic a repris dimanche matin.")
    assert codes(text, "NUM201", path="a.md") == []


def test_cancelled_headline_body_gives_its_value_quiet():
    text = md("Neige : 260 vols annulés à Genève",
              "Au total, 260 vols ont été annulés, selon l'aéroport.",
              "Easyjet, à elle seule, a supprimé 190 vols dans la journée.")
    assert codes(text, "NUM201", path="a.md") == []


def test_title_and_heading_both_against_the_body():
    # the title repeating the heading does not make the heading's value a second measure
    text = ("---\ntitle: \"Grève : 400 vols annulés à Orly\"\ndate: 2026-09-18\n---\n\n"
            "# Grève du contrôle aérien : 400 vols supprimés à Orly\n\n"
            "**La journée a été difficile pour les usagers.**\n\n"
            "Au total, 310 vols ont été supprimés à Orly dans la journée.\n\n"
            "Le trafic doit reprendre vendredi.\n")
    assert codes(text, "NUM201", path="a.md") == ["NUM201", "NUM201"]
