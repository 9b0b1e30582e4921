"""NUM302 when the number nearest a « dont » counts the events a figure is spread over (« 31
joueuses sur les quatre rencontres, dont 5 … »): the matches are no whole of the players."""
from __future__ import annotations

import pytest

from numlint.engine import Settings, lint

_TOUR = ("Rugby : les Bleues bouclent leur tournée\n"
         "Le XV de France féminin a conclu sa série de tests.\n\n"
         "{body}\n")


@pytest.mark.parametrize("body,fires", [
    # a span of events between the count and its « dont »: quiet
    ("La sélectionneuse a utilisé 31 joueuses différentes sur les quatre rencontres, dont 5 "
     "nouvelles internationales.", False),
    ("Les Bleues ont inscrit 41 essais sur les six matches, dont 12 en première période.", False),
    ("Les pilotes ont signé 14 podiums sur les cinq courses, dont 9 victoires.", False),
    ("L'équipe de France a aligné 24 coureurs sur les trois épreuves, dont 8 débutants.", False),
    # the « dont » right after its whole: still checked
    ("La sélectionneuse a convoqué 31 joueuses, dont 35 évoluant en Élite 1.", True),
    ("La sélectionneuse a utilisé 31 joueuses différentes, dont 35 nouvelles internationales, "
     "sur les quatre rencontres.", True),
    ("La sélectionneuse a utilisé 31 joueuses différentes, dont 5 nouvelles internationales, "
     "sur les quatre rencontres.", False),
])
def test_dont_after_a_span_of_events(body, fires):
    found = lint(_TOUR.format(body=body), path="a.txt", settings=Settings(select=["NUM302"]))
    assert [(d.code, d.line) for d in found] == ([("NUM302", 4)] if fires else [])


_MIGR = ("Immigration : le solde migratoire recule\n"
         "Les chiffres du semestre ont été publiés jeudi.\n\n"
         "{body}\n")


@pytest.mark.parametrize("body,fires", [
    # each item repeats its noun, with a long qualifier between: one list of parts
    ("Le pays a accueilli 61 300 personnes, dont 40 200 ressortissants de l'Union européenne et "
     "de l'AELE et 27 100 ressortissants d'États tiers.", True),
    ("Le pays a accueilli 61 300 personnes, dont 40 200 ressortissants de l'Union européenne et "
     "de l'AELE et 21 100 ressortissants d'États tiers.", False),
    ("Le lycée compte 1 240 élèves, dont 700 élèves des filières générales et technologiques et "
     "des sections de techniciens, et 610 élèves des filières professionnelles.", True),
    ("Le lycée compte 1 240 élèves, dont 700 élèves des filières générales et technologiques et "
     "des sections de techniciens, et 540 élèves des filières professionnelles.", False),
    # a different noun after the second number: not shown to be the same list — quiet
    ("Le pays a accueilli 61 300 personnes, dont 40 200 ressortissants de l'Union européenne et "
     "de l'AELE et 27 100 demandes d'asile déposées en parallèle.", False),
])
def test_list_items_that_repeat_their_noun(body, fires):
    found = lint(_MIGR.format(body=body), path="a.txt", settings=Settings(select=["NUM302"]))
    assert [(d.code, d.line) for d in found] == ([("NUM302", 4)] if fires else [])
