"""Holdout 37 (f37b): patterns behind the misses of the thirty-seventh round, in our own words."""
from __future__ import annotations

from _lint_kit import codes


def _trial(span: str, length: str) -> str:
    return ("Cour d'assises\n\nLe verdict est tombé.\n\n"
            f"Ouvert le {span}, au terme de {length} d'audience, par deux condamnations. "
            "Les jurés ont délibéré six heures.\n")


# NUM403: « Ouvert le …, le procès s'est achevé …, au terme de N semaines d'audience »

def test_num403_trial_weeks_told_after_its_close_fires():
    text = _trial("mardi 3 mars 2026, le procès s'est clos vendredi 6 mars", "trois semaines")
    assert codes(text, "NUM403") == ["NUM403"]


def test_num403_trial_days_told_after_its_close_fires():
    text = _trial("lundi 9 février 2026, le procès s'est achevé jeudi 12 février", "huit jours")
    assert codes(text, "NUM403") == ["NUM403"]


def test_num403_trial_weeks_that_fit_are_quiet():
    text = _trial("lundi 2 mars 2026, le procès s'est achevé vendredi 13 mars", "deux semaines")
    assert codes(text, "NUM403") == []


def test_num403_trial_working_days_that_fit_are_quiet():
    text = _trial("lundi 9 février 2026, le procès s'est achevé vendredi 13 février", "cinq jours")
    assert codes(text, "NUM403") == []


def test_num403_sittings_spread_over_weeks_are_quiet():
    # three weeks of dates, with weekends inside: eight sittings may be spread over them
    text = _trial("lundi 2 mars 2026, le procès s'est achevé vendredi 20 mars", "huit jours")
    assert codes(text, "NUM403") == []


def test_num403_length_between_opening_and_close_is_a_part_quiet():
    text = ("Cour d'assises\n\nLe verdict est tombé.\n\n"
            "Ouvert le lundi 9 février 2026, le procès a été suspendu au terme de deux jours "
            "d'audience et s'est achevé vendredi 20 février.\n")
    assert codes(text, "NUM403") == []
