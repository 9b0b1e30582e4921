"""Holdout 40 (g40b): a mark on a scale, « moyenne de 20,18 sur 20 », is no part of a whole."""
from __future__ import annotations

import pytest
from _lint_kit import codes

HEAD = "Examens : les résultats de la session\nLes chiffres ont été publiés mardi.\n"


@pytest.mark.parametrize("sentence, fires", [
    # a count after « sur »: still a part and its whole
    ("Dans ce lycée, 34 candidats sur 30 ont été admis dès le premier tour.", True),
    # a grade noun nearby, but the part counts a noun of its own: a count, still checked
    ("Selon la note du rectorat, 22 candidats sur 20 ont eu la moyenne.", True),
    # a grade noun, then « N sur 10 / 20 / 100 »: the scale of a mark, bonus points may pass it
    ("Son meilleur élève affiche une moyenne de 20,4 sur 20 grâce aux options.", False),
    ("La candidate a obtenu la note de 10,5 sur 10 au concours de dessin.", False),
    ("Le lycée a reçu un score de 102 sur 100 à l'évaluation, bonus compris.", False),
])
def test_grade_scale_is_no_whole(sentence, fires):
    assert bool(codes(HEAD + sentence + "\n", "NUM302", path="a.txt")) is fires


@pytest.mark.parametrize("sentence", [
    "Son meilleur élève affiche une moyenne de 18 sur 20, soit 90 % des points.",
    "La candidate a obtenu la note de 10,5 sur 10 au concours de dessin.",
])
def test_grade_scale_no_share(sentence):
    assert codes(HEAD + sentence + "\n", "NUM303", path="a.txt") == []
