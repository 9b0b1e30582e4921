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
