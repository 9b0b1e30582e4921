"""Holdout 41 (n41b): NUM403 and NUM404 patterns, with our own sentences."""
from __future__ import annotations

import pytest

from _lint_kit import codes


# NUM403: « Du D1 au D2, … . Soit N jours … »: a length opening the next sentence restates the
# span opening the sentence before

def test_span_led_sentence_then_soit_next_sentence_fires():
    text = ("Du lundi 2 mars au vendredi 27 mars 2026, le pont restera fermé aux voitures. "
            "Soit 12 jours de détour pour les habitants.")
    assert codes(text, "NUM403", path="a.txt") == ["NUM403"]


@pytest.mark.parametrize("text", [
    # the length fits the span (25 or 26 days)
    "Du lundi 2 mars au vendredi 27 mars 2026, le pont restera fermé aux voitures. "
    "Soit 26 jours de détour pour les habitants.",
    # only some of the days (working days)
    "Du lundi 2 mars au vendredi 27 mars 2026, le pont restera fermé aux voitures. "
    "Soit 12 jours ouvrés de détour pour les habitants.",
    # the span not opening the sentence before: the length may count something else
    "Le pont restera fermé du lundi 2 mars au vendredi 27 mars 2026, annonce la mairie. "
    "Soit 12 jours de détour pour les habitants.",
    # a date in the length's own sentence: which span?
    "Du lundi 2 mars au vendredi 27 mars 2026, le pont restera fermé aux voitures. "
    "Soit 12 jours de détour avant le lundi 30 mars.",
])
def test_span_led_sentence_then_soit_next_sentence_quiet(text):
    assert codes(text, "NUM403", path="a.txt") == []
