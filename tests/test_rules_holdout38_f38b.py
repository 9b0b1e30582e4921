"""Holdout 38 (f38b): patterns behind the misses of the thirty-eighth round, in our own words."""
from __future__ import annotations

from _lint_kit import codes


# NUM403: « X, lancée le …, s'est achevée le …, après N jours de <l'activité même> »: at most the span

def _season(sentence: str) -> str:
    return f"Pêche côtière\n\nLe bilan est tombé.\n\n{sentence} Les marins se disent satisfaits.\n"


def test_num403_activity_days_after_the_close_above_the_span_fire():
    text = _season("La saison, ouverte le mardi 3 mars 2026 au large de Boulogne, s'est terminée le "
                   "samedi 2 mai au port, après 95 jours de pêche.")
    assert codes(text, "NUM403") == ["NUM403"]


def test_num403_activity_weeks_at_the_close_above_the_span_fire():
    text = ("Vendanges\n\nLe bilan est tombé.\n\nLa récolte, lancée le lundi 31 août 2026, s'est "
            "achevée le samedi 12 septembre, au terme de cinq semaines de vendanges.\n")
    assert codes(text, "NUM403") == ["NUM403"]


def test_num403_activity_days_that_fit_the_span_are_quiet():
    text = _season("La saison, ouverte le mardi 3 mars 2026 au large de Boulogne, s'est terminée le "
                   "samedi 2 mai au port, après 61 jours de pêche.")
    assert codes(text, "NUM403") == []


def test_num403_fewer_activity_days_than_the_span_are_quiet():
    # boats stay ashore in a storm: fewer fishing days than calendar days is no error
    text = _season("La saison, ouverte le mardi 3 mars 2026 au large de Boulogne, s'est terminée le "
                   "samedi 2 mai au port, après 44 jours de pêche.")
    assert codes(text, "NUM403") == []


def test_num403_days_of_a_cause_after_the_close_are_quiet():
    # the rain is not the season: its days may have begun before the opening
    text = _season("La saison, ouverte le mardi 3 mars 2026 au large de Boulogne, s'est terminée le "
                   "samedi 2 mai au port, après 95 jours de pluie.")
    assert codes(text, "NUM403") == []


def test_num403_cumulated_activity_days_are_quiet():
    text = _season("La saison, ouverte le mardi 3 mars 2026 au large de Boulogne, s'est terminée le "
                   "samedi 2 mai au port, après 950 jours de pêche cumulés par la flottille.")
    assert codes(text, "NUM403") == []


def test_num403_activity_days_far_from_the_close_are_quiet():
    text = _season("La saison, ouverte le mardi 3 mars 2026 au large de Boulogne, s'est terminée le "
                   "samedi 2 mai au port, où les chalutiers de la coopérative ont débarqué leurs "
                   "dernières caisses de soles et de turbots, après 95 jours de pêche.")
    assert codes(text, "NUM403") == []


# NUM302: « Ces <nom> se répartissent entre … » splits the count of that noun told before

def _split(whole: str, split: str) -> str:
    return (f"Aéroport régional\n\nLa fréquentation progresse.\n\n{whole}\n\n"
            f"{split} La direction vise davantage l'an prochain.\n")


_WHOLE = "Avec 7 400 vols assurés en 2025, la plateforme a battu son record."


def test_num302_split_of_the_whole_told_before_above_it_fires():
    text = _split(_WHOLE, "Ces vols se répartissent entre les lignes vers Paris, où 4 300 avions ont "
                          "décollé, les liaisons régionales, qui en ont totalisé 2 150, et les vols "
                          "d'affaires, au nombre de 1 200.")
    assert codes(text, "NUM302") == ["NUM302"]


def test_num302_split_with_se_decomposent_above_the_whole_fires():
    text = _split(_WHOLE, "Ces vols se décomposent en 5 100 vols réguliers et 2 600 vols charters.")
    assert codes(text, "NUM302") == ["NUM302"]


def test_num302_split_within_the_whole_is_quiet():
    text = _split(_WHOLE, "Ces vols se répartissent entre les lignes vers Paris, où 4 300 avions ont "
                          "décollé, les liaisons régionales, qui en ont totalisé 2 150, et les vols "
                          "d'affaires, au nombre de 950.")
    assert codes(text, "NUM302") == []


def test_num302_split_counts_of_another_noun_are_not_parts_quiet():
    # « 3 900 passagers » is no count of flights, not after « où »: no part
    text = _split(_WHOLE, "Ces vols se répartissent entre les lignes vers Paris, qui en ont totalisé "
                          "4 300 pour 3 900 passagers, et les liaisons régionales, avec 2 150.")
    assert codes(text, "NUM302") == []


def test_num302_split_with_a_comparison_figure_is_quiet():
    text = _split(_WHOLE, "Ces vols se répartissent entre les lignes vers Paris, 4 300 contre 4 100 "
                          "en 2024, et les liaisons régionales, 2 150.")
    assert codes(text, "NUM302") == []


def test_num302_split_with_its_own_whole_is_not_of_the_count_before_quiet():
    text = _split(_WHOLE, "Ces 9 900 vols de l'ensemble du réseau se répartissent entre 5 100 vols "
                          "réguliers et 4 600 vols charters.")
    assert codes(text, "NUM302") == []


def test_num302_split_without_ces_is_quiet():
    text = _split(_WHOLE, "Les vols du réseau national se répartissent entre 5 100 vols réguliers et "
                          "2 600 vols charters.")
    assert codes(text, "NUM302") == []


def test_num302_split_after_two_values_of_its_noun_is_quiet():
    # which count does « ces vols » take up? the year's, or the low point recalled after it: quiet
    text = _split("Avec 7 400 vols assurés en 2025, la plateforme a battu son record, loin de l'époque "
                  "où elle plafonnait à 5 200 vols.",
                  "Ces vols se décomposent en 5 100 vols réguliers et 2 600 vols charters.")
    assert codes(text, "NUM302") == []
