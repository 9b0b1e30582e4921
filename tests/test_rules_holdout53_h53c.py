"""Holdout round 53 (h53c): patterns behind missed NUM404, NUM403 and NUM305 findings."""
from __future__ import annotations

import pytest

from _lint_kit import codes


def _md(text: str, day: str = "2026-10-21") -> str:
    return f"---\ntitle: \"Portrait\"\ndate: {day}\n---\n{text}\n"


# A past birthday told in a relative on the noun a birth opening the sentence is told of; a place
# between « née » and the year (hyphenated), a « depuis YEAR » after it dating a state, not the age.
@pytest.mark.parametrize("text,expected", [
    ("Née à Pont-l'Évêque en 1970, la députée, qui a fêté ses 62 ans cet été, siège depuis 2017.", ["NUM404"]),
    ("Né en 1980, le chef étoilé, qui vient de fêter ses 52 ans, dirige trois maisons.", ["NUM404"]),
    ("Venue au monde en 1980 à Quimper, la skipper, qui a soufflé ses 38 ans en juin, repart.", ["NUM404"]),
    ("Née à Saint-Malo en 1970, la députée a fêté ses 62 ans en juin.", ["NUM404"]),
    ("Née à Pont-l'Évêque en 1970, la députée, qui a fêté ses 56 ans cet été, siège depuis 2017.", []),
    ("Née en 1970, la fille du maire, qui a fêté ses 30 ans cet été, siège au conseil.", []),
    ("Née en 1970, la députée, dont le fils, qui a fêté ses 30 ans, étudie à Caen.", []),
    ("Élue en 1970, la députée, qui a fêté ses 62 ans cet été, siège toujours.", []),
    ("Née en 1970, la députée, qui avait fêté ses 40 ans à Caen, siège toujours.", []),
    ("Née à Saint-Malo en 1970, elle a fêté ses 40 ans en 2010.", []),
])
def test_past_birthday_of_the_noun_a_birth_opens(text, expected):
    assert codes(_md(text), "NUM404", path="a.md") == expected
