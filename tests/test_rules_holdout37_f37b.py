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


# NUM302: « Sur ces N tonnes, X en a pris A, Y B et Z C »: the unit of the parts said once, by « en »

_PORT = "Filière cacao\n\nLa saison s'achève.\n\nLe port a expédié 52 000 tonnes de fèves cette année. "


def test_num302_parts_of_a_restated_whole_taken_by_en_fire():
    text = _PORT + ("Sur ces 52 000 tonnes, les Pays-Bas en ont acheté 31 000, la Belgique 14 500 et "
                    "l'Allemagne 9 800, selon les douanes.\n")
    assert codes(text, "NUM302") == ["NUM302"]


def test_num302_parts_of_a_restated_sum_taken_by_en_fire():
    text = ("Budget\n\nLa commune a voté.\n\nLa commune a reçu 800 000 euros de l'État. Sur ces 800 000 "
            "euros, l'école en a obtenu 450 000, le stade 300 000 et la voirie 120 000.\n")
    assert codes(text, "NUM302") == ["NUM302"]


def test_num302_parts_taken_by_en_within_the_whole_are_quiet():
    text = _PORT + ("Sur ces 52 000 tonnes, les Pays-Bas en ont acheté 31 000, la Belgique 11 500 et "
                    "l'Allemagne 6 800, selon les douanes.\n")
    assert codes(text, "NUM302") == []


def test_num302_en_part_then_another_years_figure_is_quiet():
    text = _PORT + "Sur ces 52 000 tonnes, les Pays-Bas en ont acheté 31 000, contre 36 000 l'an dernier.\n"
    assert codes(text, "NUM302") == []


def test_num302_en_part_then_a_count_of_its_own_noun_is_quiet():
    text = _PORT + ("Sur ces 52 000 tonnes, les Pays-Bas en ont acheté 31 000 et 40 000 sacs ont été "
                    "réexpédiés.\n")
    assert codes(text, "NUM302") == []


def test_num302_bare_count_without_en_after_a_restated_whole_is_quiet():
    # no « en »: the bare count need not be tonnes
    text = _PORT + ("Sur ces 52 000 tonnes, les Pays-Bas ont acheté 31 000, la Belgique 14 500 et "
                    "l'Allemagne 9 800, selon les douanes.\n")
    assert codes(text, "NUM302") == []


# NUM302: « X a contribué à hauteur de A GWh à la production, Y pour B GWh » after a whole told before

def _wind(first: str, shares: str) -> str:
    return ("Éolien : un hiver record\n\nLe vent a soufflé fort.\n\n"
            f"{first}\n\nLa saison a surpris les exploitants.\n\n{shares}\n")


_SHARES = ("Le parc de Fécamp a contribué à hauteur de 410 GWh à la production hivernale, celui de "
           "Dieppe pour 290 GWh, le reste venant de petits sites.")


def test_num302_contributions_above_the_whole_told_before_fire():
    text = _wind("Les éoliennes normandes ont produit 640 GWh de décembre à février, selon le gestionnaire.",
                 _SHARES)
    assert codes(text, "NUM302") == ["NUM302"]


def test_num302_contributions_within_the_whole_are_quiet():
    text = _wind("Les éoliennes normandes ont produit 760 GWh de décembre à février, selon le gestionnaire.",
                 _SHARES)
    assert codes(text, "NUM302") == []


def test_num302_contributions_to_another_whole_are_quiet():
    text = _wind("Les éoliennes normandes ont produit 640 GWh de décembre à février, selon le gestionnaire.",
                 "Le parc de Fécamp a contribué à hauteur de 410 GWh à la production nationale, celui "
                 "de Dieppe pour 290 GWh.")
    assert codes(text, "NUM302") == []


def test_num302_contributions_after_a_whole_of_another_year_only_are_quiet():
    text = _wind("En 2024, les éoliennes normandes avaient produit 640 GWh sur l'hiver.", _SHARES)
    assert codes(text, "NUM302") == []


def test_num302_contributions_after_two_wholes_of_their_unit_are_quiet():
    text = _wind("Les éoliennes normandes ont produit 640 GWh de décembre à février, et les barrages "
                 "820 GWh.", _SHARES)
    assert codes(text, "NUM302") == []
