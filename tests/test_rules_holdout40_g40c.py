"""Holdout 40 (g40c): « âgé de N ans, qui a vu le jour (à/dans PLACE) en YEAR » — a relative
clause right after the age tells the birth of the same one (NUM404), in our own words."""
from __future__ import annotations

import pytest

from _lint_kit import codes

_HEAD = "---\ntitle: Portrait\ndate: 2026-05-12\n---\n\n# Le nouveau visage du club\n\n"


def _art(sentence: str) -> str:
    return _HEAD + sentence + " Les supporters attendent la suite.\n"


@pytest.mark.parametrize("sentence", [
    # born 1975: 50 or 51 in May 2026, not 36
    "L'entraîneur adjoint, âgé de 36 ans, qui a vu le jour à Rennes en 1975, prépare la saison.",
    # a place told with « dans » and several words
    "Sa présidente, une pharmacienne âgée de 41 ans, qui a vu le jour dans le village de Plouha "
    "en 1962, a perdu son siège.",
])
def test_num404_aged_then_who_saw_the_day_fires(sentence):
    assert codes(_art(sentence), "NUM404", path="a.md") == ["NUM404"]


@pytest.mark.parametrize("sentence", [
    # the age agrees with the birth
    "L'entraîneur adjoint, âgé de 50 ans, qui a vu le jour à Rennes en 1975, prépare la saison.",
    "Sa présidente, une pharmacienne âgée de 63 ans, qui a vu le jour dans le village de Plouha "
    "en 1962, a perdu son siège.",
    # no age before « qui »: a founding, not a birth
    "Le festival, qui a vu le jour à Rennes en 1975, accueille 36 groupes cette année.",
    "Le projet, qui a vu le jour en 2019, mobilise 36 bénévoles.",
    # another noun between the age and the relative: whose birth?
    "L'entraîneur adjoint, âgé de 36 ans, dirige le centre de formation, qui a vu le jour à "
    "Rennes en 1975.",
    # a story told in the imperfect: the age then
    "L'entraîneur adjoint, âgé de 36 ans, qui a vu le jour à Rennes en 1975, visait alors le "
    "titre.",
])
def test_num404_aged_then_who_saw_the_day_quiet(sentence):
    assert codes(_art(sentence), "NUM404", path="a.md") == []
