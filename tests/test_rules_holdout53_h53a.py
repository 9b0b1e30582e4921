"""Holdout 53 (h53a): NUM301 and NUM302 patterns from unseen articles, in our own sentences."""
from __future__ import annotations

import pytest

from _lint_kit import codes


def _doc(s: str) -> str:
    return "Titre de l'article\nUn chapeau.\n" + s + "\n"


# c849: a total of another noun, object of a verb whose subject is the list, is what the parts did
@pytest.mark.parametrize("s", [
    "La flotte comptait cinq Canadair, trois Dash et un hélicoptère, qui ont effectué 212 largages au total.",
    "Cinq avions et trois hélicoptères ont réalisé 212 rotations au total en trois jours.",
    "Quatre ambulances et deux camions, qui ont transporté 61 blessés au total, sont repartis.",
    "Les 14 chercheurs et 6 techniciens du laboratoire ont publié 88 articles au total.",
    "Cinq navires et deux remorqueurs, qui effectuent 40 rotations au total, restent mobilisés.",
])
def test_total_of_what_the_list_did_is_no_sum(s):
    assert codes(_doc(s), "NUM301", path="a.txt") == []


@pytest.mark.parametrize("s", [
    "Cinq avions et trois hélicoptères, soit 9 appareils au total, sont engagés.",
    "Cinq avions et trois hélicoptères, qui représentent 9 appareils au total, sont engagés.",
    "Le laboratoire emploie 14 chercheurs et 6 techniciens, soit 25 salariés au total.",
])
def test_total_that_sums_the_list_still_checked(s):
    assert codes(_doc(s), "NUM301", path="a.txt") == ["NUM301"]
