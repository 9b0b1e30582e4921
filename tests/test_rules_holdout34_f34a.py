"""Holdout 34 (f34a): whose whole a « dont » divides."""
from __future__ import annotations

import pytest

from _lint_kit import codes

H = "Vendanges en Valais\n\n"

NUM302 = [
    # the whole of the second « dont » is the tonnage right before it, not a part of the first list
    ("Les rouges pèsent 20,6 millions de kilos, dont 8,9 millions de pinot noir et 6,3 millions de "
     "gamay, et les blancs 17,2 millions de kilos, dont 11,4 millions de chasselas.", []),
    ("La coopérative livre 4,2 millions de litres, dont 2,5 millions de rouge et 1,1 million de rosé, "
     "et la cave voisine 3,8 millions de litres, dont 2,9 millions de blanc.", []),
    # near-misses: the whole right before the « dont » is still checked
    # a figure of another kind between the whole and its « dont », and no earlier list: still read
    ("Cet automne, 310 vendangeurs ont cueilli 17,2 millions de kilos, dont 340 venus du Portugal.",
     ["NUM302"]),
    ("Au total, 310 vendangeurs ont été recrutés, dont 190 en Valais et 140 dans le canton de Vaud.",
     ["NUM302"]),
]


@pytest.mark.parametrize("text,expected", NUM302)
def test_num302_dont_whole(text, expected):
    assert codes(H + text + "\n", "NUM302") == expected


MD = "---\ntitle: Procès\ndate: 2026-11-24\n---\n\n# Procès à Luxembourg\n\n"

NUM404 = [
    # the birth aside right after the first age is that age's; the second person's age is quiet
    ("Sur le banc, un entrepreneur de 54 ans, né en 1972 à Differdange, et son ancienne associée, "
     "âgée de 47 ans.", []),
    ("À la barre se tenaient un notaire de 61 ans, né en 1965, et sa secrétaire, âgée de 39 ans.", []),
    # near-misses: the first age still meets its birth; a lone later age still meets a birth before it
    ("Sur le banc, un entrepreneur de 44 ans, né en 1972 à Differdange, et son ancienne associée, "
     "âgée de 47 ans.", ["NUM404"]),
    ("Née en 1972 à Differdange, l'ancienne associée, âgée de 47 ans, conteste les faits.", ["NUM404"]),
]


@pytest.mark.parametrize("text,expected", NUM404)
def test_num404_birth_aside_is_the_age_before(text, expected):
    assert codes(MD + text + "\n", "NUM404", path="article.md") == expected
