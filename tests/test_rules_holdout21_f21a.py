"""NUM202, two readings of a headline figure met in the twenty-first holdout: the base of a
proportion told « N sur dix » (« six Québécois sur dix ») is no count of its own; a gap in
percentage points told with a whole number (« un écart de 12 points ») is the body's gap in
points, which the body writes with its decimal (« 12,5 points »)."""
from __future__ import annotations

import pytest

from numlint.engine import Settings, lint


def _found(text, code="NUM202"):
    return [(d.line, d.message) for d in lint(text, path="a.txt", settings=Settings(select=[code]))]


_POLL = ("{title}\n"
         "\n"
         "Le gouvernement défend son projet malgré la grogne.\n"
         "\n"
         "Selon une enquête publiée mardi, 58 % des personnes interrogées partagent cet avis, "
         "contre 34 % qui pensent le contraire. L'institut a interrogé 1 004 adultes en ligne "
         "du 3 au 5 mars.\n")


@pytest.mark.parametrize("title,fires", [
    # « N sur dix / cent / mille »: the base of a proportion, whatever follows it
    ("Près de six Canadiens sur dix croient que l'inflation va durer", False),
    ("Sept Français sur dix jugent la réforme injuste", False),
    ("Un salarié sur dix dit avoir subi du harcèlement", False),
    ("Plus de six Belges sur dix soutiennent la mesure", False),
    ("Trois patients sur 100 contractent une infection à l'hôpital", False),
    ("Un foyer sur mille reste privé d'électricité", False),
    ("Sondage : six sur dix approuvent la hausse du salaire minimum", False),
    # near misses: a base that is no round proportion base, or « dix » with no numerator
    ("Sept mineurs sur douze secourus au Chili", True),
    ("Le sondage a été mené dans dix villes de province", True),
    ("Quinze députés sur dix-huit votent contre le texte", True),
])
def test_the_base_of_a_proportion_is_no_count(title, fires):
    found = _found(_POLL.format(title=title))
    assert bool(found) == fires, found
