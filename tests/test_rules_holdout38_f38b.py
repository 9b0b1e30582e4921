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
