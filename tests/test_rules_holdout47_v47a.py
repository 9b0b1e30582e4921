"""Round 47 holdout cases (branch v47a), each tested by its pattern on sentences of our own."""
from __future__ import annotations

import pytest

from _lint_kit import codes

# 1. A body figure told as an earlier count (« le décompte précédent », « un précédent bilan »,
#    « auparavant », « initialement », « une semaine plus tôt ») is not the body's word against
#    the headline; the current figure still is.
_HEAD = "Rougeole : plus de 5 000 cas en un mois dans la région\n\n"
_NOW = "L'agence régionale de santé a recensé 5 410 cas depuis le 1er mars, a-t-elle indiqué mardi. "


@pytest.mark.parametrize("earlier", [
    "Le décompte précédent, arrêté au 20 mars, faisait état de 3 800 cas.",
    "Le précédent bilan recensait 3 800 cas.",
    "Un précédent décompte évoquait 3 800 cas.",
    "Lors du précédent point, l'agence comptait 3 800 cas.",
    "L'agence comptait 3 800 cas lors du bilan précédent.",
    "Le bilan s'établissait auparavant à 3 800 cas.",
    "Quelques jours auparavant, l'agence dénombrait 3 800 cas.",
    "L'agence avait initialement annoncé 3 800 cas.",
    "Une semaine plus tôt, l'agence comptait 3 800 cas.",
    "Dix jours plus tôt, l'agence comptait 3 800 cas.",
])
def test_earlier_count_is_not_the_bodys_word(earlier):
    assert codes(_HEAD + _NOW + earlier, "NUM201", path="a.txt") == []


@pytest.mark.parametrize("body", [
    # the current figure contradicts the headline, the earlier one told beside it
    "L'agence régionale de santé a recensé 3 900 cas, contre 2 100 lors du précédent bilan.",
    "Le précédent bilan faisait état de 2 100 cas ; il est désormais de 3 900 cas.",
    "Le précédent bilan faisait état de 2 100 cas. L'agence compte désormais 3 900 cas.",
    # « depuis le précédent bilan », « plus que lors du bilan précédent »: the figure is now's
    "Depuis le précédent bilan, l'agence a recensé 3 900 cas.",
    "L'agence compte 3 900 cas, soit plus que lors du bilan précédent.",
    # « précédent » beside no count's noun: the figure is not an earlier count
    "Comme le mois précédent, l'agence a recensé 3 900 cas, contre 2 100 un an plus tôt.",
])
def test_current_count_still_checked(body):
    assert codes(_HEAD + body, "NUM201", path="a.txt") == ["NUM201"]
