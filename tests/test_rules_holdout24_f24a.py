"""NUM302, a pattern met in the twenty-fourth holdout: a « dont » list of small exact counts
one above its whole (« 14 prévenus, dont 8 … et 7 … »: people come in units, so a count of 14
is 14, not 14 ± 0,5)."""
from __future__ import annotations

import pytest

from numlint.engine import Settings, lint


def _found(text, code):
    return [(d.line, d.message) for d in lint(text, path="a.txt", settings=Settings(select=[code]))]


def _article(body):
    return "Justice : le jugement est tombé\n\nLe tribunal a rendu sa décision lundi.\n\n" + body + "\n"


@pytest.mark.parametrize("body,fires", [
    # parts of exact small counts, one too many
    ("Les 14 prévenus ont tous été reconnus coupables, dont 8 condamnés à de la prison ferme et "
     "7 à des travaux d'intérêt général.", True),
    ("La fédération compte 23 clubs, dont 12 en première division et 12 en deuxième division.", True),
    ("Le gouvernement compte 9 ministres, dont 5 femmes et 5 hommes issus de la société civile.", True),
    ("L'équipe a aligné 11 joueurs, dont 12 formés au club.", True),
    ("Au total, 41 salariés ont été licenciés, dont 30 ouvriers et 12 cadres.", True),
    # near misses: the parts fit, or the figures are rounded or approximate
    ("Les 14 prévenus ont tous été reconnus coupables, dont 8 condamnés à de la prison ferme et "
     "6 à des travaux d'intérêt général.", False),
    ("Le gouvernement compte 9 ministres, dont 5 femmes et 4 hommes issus de la société civile.", False),
    ("La fédération compte 24 clubs, dont 12 en première division et 12 en deuxième division.", False),
    ("Environ 40 salariés ont été licenciés, dont 30 ouvriers et 11 cadres.", False),
    ("La commune a reçu 1,4 million d'euros, dont 0,8 million pour l'école et 0,7 million pour "
     "la voirie.", False),
    ("Le site a attiré 14 000 visiteurs, dont 8 000 Belges et 6 500 Français.", False),
])
def test_exact_small_counts_leave_no_rounding_slack(body, fires):
    found = _found(_article(body), "NUM302")
    assert bool(found) == fires, found
