"""NUM302 and NUM305, two patterns met in the twenty-fourth holdout: a « dont » list of small
exact counts one above its whole (« 14 prévenus, dont 8 … et 7 … »: people come in units, so
a count of 14 is 14, not 14 ± 0,5); and the earlier count told in the next sentence with its
year, the new one dated by a full date further on and the change closed by its span (« … le
15 avril 2025. En 2022, on en avait recensé 10 000, soit une hausse de 73 % en trois ans »)."""
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


@pytest.mark.parametrize("body,fires", [
    # the new count dated further on, the old one in the next sentence with its year
    ("Selon le rapport publié mardi, 13 700 personnes dormaient dehors le soir du 15 avril 2025. "
     "Lors du précédent comptage, en octobre 2022, on en avait recensé 10 000, soit une hausse de "
     "73 % en un peu plus de deux ans.", True),
    ("D'après le bilan rendu lundi, 5 200 loups vivaient dans le pays au 1er mars 2024. En 2021, "
     "on en avait compté 4 000, soit une hausse de 13 %.", True),
    ("Le décompte publié jeudi fait état de 860 sans-abri au 30 janvier 2025. En 2022, les "
     "bénévoles en avaient dénombré 640, soit une progression de 43 % en trois ans.", True),
    # near misses: the change fits, the span is not the gap, or the old value is not older
    ("Selon le rapport publié mardi, 13 700 personnes dormaient dehors le soir du 15 avril 2025. "
     "Lors du précédent comptage, en octobre 2022, on en avait recensé 10 000, soit une hausse de "
     "37 % en un peu plus de deux ans.", False),
    ("D'après le bilan rendu lundi, 5 200 loups vivaient dans le pays au 1er mars 2024. En 2021, "
     "on en avait compté 4 000, soit une hausse de 30 %.", False),
    ("Le décompte publié jeudi fait état de 860 sans-abri au 30 janvier 2025. En 2022, les "
     "bénévoles en avaient dénombré 640, soit une progression de 12 % en un an.", False),
    ("Le décompte publié jeudi fait état de 860 sans-abri au 30 janvier 2021. En 2022, les "
     "bénévoles en avaient dénombré 640, soit une progression de 12 %.", False),
    ("Le décompte publié jeudi fait état de 860 sans-abri au 30 janvier 2025. En 2022, les "
     "bénévoles en avaient dénombré 640, soit une progression de 12 % sur un an.", False),
])
def test_earlier_count_in_the_next_sentence_against_a_dated_one(body, fires):
    found = _found(_article(body), "NUM305")
    assert bool(found) == fires, found
