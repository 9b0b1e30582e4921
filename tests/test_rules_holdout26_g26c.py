"""NUM403 on the twenty-sixth holdout's false alarms, by pattern: a « du … au … »
span told of the length written right before it (« trois semaines de vacances, du … au … »), which
fits it, is not the span of another length written after it (« avant un stage de dix jours »)."""
import pytest

from numlint.engine import Settings, lint


def codes(text: str, select: str):
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=[select]))]


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
