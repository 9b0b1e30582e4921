"""Holdout round 49 (y49b): our own sentences for the patterns behind the round's misses."""
from __future__ import annotations

import pytest

from _lint_kit import codes


def _md(body: str, date: str, title: str = "Un drame dans la commune") -> str:
    return f"---\ntitle: Article\ndate: {date}\n---\n\n# {title}\n\n{body}\n"


# NUM404: a name's age aside, then « qui est né / était né / a vu le jour / avait vu le jour en
# YEAR » — the relative tells the birth of the same one (born 1949: 76 or 77 in May 2026)
@pytest.mark.parametrize("sentence", [
    "Parmi les blessés figure le boulanger, Marc Lenoir, 71 ans, qui avait vu le jour en 1949 dans le bourg.",
    "Parmi les blessés figure le boulanger, Marc Lenoir, 71 ans, qui a vu le jour en 1949 dans le bourg.",
    "Parmi les blessés figure le boulanger, Marc Lenoir, 71 ans, qui était né en 1949 dans le bourg.",
    "Le doyen, Marc Lenoir, 71 ans, qui est né à Quimper en 1949, a été évacué.",
    "Marc Lenoir, 71 ans, qui avait vu le jour à Brest en mars 1949, a été évacué.",
    "Marc Lenoir, 71 ans, qui était venu au monde en 1949 à Vannes, a été évacué.",
])
def test_num404_apposed_age_then_who_born_fires(sentence):
    assert codes(_md(sentence, "2026-05-20"), "NUM404", path="a.md") == ["NUM404"]


@pytest.mark.parametrize("sentence", [
    # the age agrees with the birth
    "Parmi les blessés figure le boulanger, Marc Lenoir, 76 ans, qui avait vu le jour en 1949 dans le bourg.",
    "Le doyen, Marc Lenoir, 77 ans, qui est né à Quimper en 1949, a été évacué.",
    # the relative tells another birth, or a kin's
    "Marc Lenoir, 71 ans, qui avait vu naître son fils en 1990, a été évacué.",
    "Marc Lenoir, 41 ans, dont le père était né en 1949, a été évacué.",
    # whose age? a kin's name before the age
    "Le fils de Marc Lenoir, 41 ans, qui est né en 1949, a été évacué.",
    # a year earlier in the sentence dates the age
    "En 2020, Marc Lenoir, 71 ans, qui avait vu le jour en 1949, dirigeait la boulangerie.",
])
def test_num404_apposed_age_then_who_born_quiet(sentence):
    assert codes(_md(sentence, "2026-05-20"), "NUM404", path="a.md") == []
