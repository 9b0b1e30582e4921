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
