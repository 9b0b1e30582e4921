"""NUM201 and NUM403 on the twenty-sixth holdout's false alarms, by pattern: a headline average
« N élèves par classe » is a rate, never the same measure as a count of pupils; and a « du … au … »
span told of the length written right before it (« trois semaines de vacances, du … au … »), which
fits it, is not the span of another length written after it (« avant un stage de dix jours »)."""
import pytest

from _lint_kit import codes


@pytest.mark.parametrize("text,expected", [
    # a rate per class in the standfirst, a count of pupils in some rooms in the body
    ("Rentrée à Korhogo\nTrois collèges ouvrent, mais on compte encore 70 élèves par classe en "
     "moyenne.\nLe lycée municipal accueille 2 100 élèves. Dans quelques salles, nous dépassons "
     "les 95 élèves, raconte une enseignante.\n", []),
    ("Rentrée à Man\nLes effectifs atteignent 55 élèves par classe au primaire.\nDans une école du "
     "centre, une maîtresse a reçu 80 élèves le jour de la rentrée.\n", []),
    # near miss: the same count of pupils, misquoted, still fires
    ("Rentrée à Korhogo\nLe lycée municipal accueille 2 100 élèves cette année.\nLe proviseur "
     "le confirme : le lycée municipal accueille 2 900 élèves cette année.\n", ["NUM201"]),
])
def test_rate_per_class_is_not_a_count(text, expected):
    assert codes(text, "NUM201") == expected


@pytest.mark.parametrize("text,expected", [
    # the span is the holidays' three weeks (21 days counting both ends); the course comes after
    ("Football\nLes joueurs auront trois semaines de congés, du lundi 14 décembre au dimanche 3 "
     "janvier, avant un stage de dix jours au Portugal.\n", []),
    ("Théâtre\nLa troupe aura dix jours de relâche, du lundi 2 au mercredi 11 mars, avant une "
     "tournée de trois semaines.\n", []),
    # near misses: no length before the span that fits it, the length after is checked
    ("Football\nLes joueurs auront trois semaines de congés, du lundi 14 décembre au dimanche 17 "
     "janvier, avant un stage de dix jours au Portugal.\n", ["NUM403"]),
    ("Football\nLes joueurs partent pour un stage de dix jours, du lundi 4 au vendredi 22 "
     "janvier.\n", ["NUM403"]),
])
def test_span_of_the_length_before_it(text, expected):
    assert codes(text, "NUM403") == expected
