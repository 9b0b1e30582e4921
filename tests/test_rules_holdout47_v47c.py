"""Holdout round 47 (v47c): spans dated by their opening and close, ages against a birth told
with its place."""
from _lint_kit import codes


def _md(body: str, date: str = "2026-07-25") -> str:
    return f"---\ntitle: Essai\ndate: {date}\n---\n\n{body}\n"


# NUM403: a measure in force, dated by the aside of its subject, then « pendant N jours »

def test_num403_measure_decided_lifted_during_too_long():
    text = _md("Le couvre-feu, instauré le mardi 7 juillet et levé le jeudi 9, a vidé les rues "
               "du centre pendant deux semaines.")
    assert codes(text, "NUM403", path="a.md") == ["NUM403"]


def test_num403_measure_imposed_abrogated_variant_fires():
    text = _md("L'interdiction, imposée le lundi 6 juillet et abrogée le mercredi 8, a privé les "
               "pêcheurs de sorties pendant douze jours.")
    assert codes(text, "NUM403", path="a.md") == ["NUM403"]


def test_num403_road_closed_reopened_fires():
    text = _md("La route, fermée le lundi 6 juillet et rouverte le mardi 7, a isolé le hameau "
               "durant huit jours.")
    assert codes(text, "NUM403", path="a.md") == ["NUM403"]


def test_num403_measure_in_force_fitting_days_quiet():
    text = _md("Le couvre-feu, instauré le mardi 7 juillet et levé le jeudi 16, a vidé les rues "
               "du centre pendant dix jours.")
    assert codes(text, "NUM403", path="a.md") == []


def test_num403_measure_part_of_span_quiet():
    # « pendant » may be some of the days: fewer is fine
    text = _md("Le couvre-feu, instauré le mardi 7 juillet et levé le vendredi 17, a vidé les rues "
               "pendant trois jours.")
    assert codes(text, "NUM403", path="a.md") == []


def test_num403_measure_then_another_clause_quiet():
    text = _md("Le couvre-feu, instauré le mardi 7 juillet et levé le jeudi 9, avait été précédé "
               "d'émeutes pendant deux semaines.")
    assert codes(text, "NUM403", path="a.md") == []


def test_num403_announced_not_opening_quiet():
    # an announcement is no opening: the thing may have begun before it
    text = _md("La grève, annoncée le mardi 7 juillet et levée le jeudi 9, a paralysé le port "
               "pendant deux semaines.")
    assert codes(text, "NUM403", path="a.md") == []


# NUM403: « au terme de N semaines » after an opening and a close dated before it

def test_num403_at_close_of_weeks_during_which_fires():
    text = _md("Lancée officiellement le lundi 2 mars, la consultation s'est achevée le mercredi 11 "
               "mars, au terme de quatre semaines durant lesquelles les habitants ont voté.", "2026-03-20")
    assert codes(text, "NUM403", path="a.md") == ["NUM403"]


def test_num403_subject_first_at_close_of_bare_fires():
    text = _md("La campagne, ouverte le lundi 2 mars, s'est terminée le jeudi 5 mars, à l'issue de "
               "trois semaines.", "2026-03-20")
    assert codes(text, "NUM403", path="a.md") == ["NUM403"]


def test_num403_at_close_of_fitting_quiet():
    text = _md("Lancée le lundi 2 mars, la consultation s'est achevée le vendredi 20 mars, au terme "
               "de trois semaines durant lesquelles les habitants ont voté.", "2026-03-30")
    assert codes(text, "NUM403", path="a.md") == []


def test_num403_at_close_of_delay_quiet():
    # « trois semaines de retard »: not the length of the thing
    text = _md("Lancé le lundi 2 mars, le chantier s'est achevé le jeudi 5 mars, au terme de trois "
               "semaines de retard.", "2026-03-20")
    assert codes(text, "NUM403", path="a.md") == []


def test_num403_arrival_not_opening_quiet():
    # an arrival is no opening of the weeks told: they may have begun elsewhere
    text = _md("Arrivé le lundi 2 mars, il est reparti le jeudi 5 mars, au terme de trois semaines "
               "durant lesquelles il a sillonné l'Europe.", "2026-03-20")
    assert codes(text, "NUM403", path="a.md") == []


# NUM404: a birth told with its place, a few words between the verb and the year

def test_num404_born_into_family_year_fires():
    text = _md("Née dans une famille de vignerons du Médoc en mars 1941, l'ancienne championne "
               "s'est éteinte à l'âge de 91 ans.", "2026-05-10")
    assert codes(text, "NUM404", path="a.md") == ["NUM404"]


def test_num404_came_into_world_in_district_fires():
    text = _md("Venu au monde dans un petit village de la vallée d'Aspe en 1950, l'ancien berger "
               "est mort à 81 ans.", "2026-05-10")
    assert codes(text, "NUM404", path="a.md") == ["NUM404"]


def test_num404_born_with_place_right_age_quiet():
    text = _md("Née dans une famille de vignerons du Médoc en mars 1941, l'ancienne championne "
               "s'est éteinte à l'âge de 85 ans.", "2026-05-10")
    assert codes(text, "NUM404", path="a.md") == []


def test_num404_born_then_settled_year_quiet():
    # the year is of the move, not of the birth
    text = _md("Né à Lyon et installé dans un quartier de Marseille en 1990, l'ancien docker est "
               "mort à 60 ans.", "2026-05-10")
    assert codes(text, "NUM404", path="a.md") == []


def test_num404_born_in_family_who_moved_quiet():
    text = _md("Né dans une famille qui a quitté l'Algérie en 1962, le chanteur est mort à 80 ans.",
               "2026-05-10")
    assert codes(text, "NUM404", path="a.md") == []


def test_num404_arrived_not_born_quiet():
    text = _md("Arrivé dans un quartier ouvrier de la ville en 1958, le boulanger est mort à 81 ans.",
               "2026-05-10")
    assert codes(text, "NUM404", path="a.md") == []
