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


# 2. A headline's round count against the body's round count of one magnitude (« 3 000 » and
#    « 2 000 »: their rounding bounds touch), and a body count naming the headline's noun in
#    apposition (« 2 000 drones intercepteurs » for « 3 000 intercepteurs »).
def _article(title: str, body: str) -> str:
    return f"{title}\n\nLe ministère a publié mercredi sa décision.\n\n{body}\n"


@pytest.mark.parametrize("title,body,found", [
    ("Défense : Rome paie 4 000 intercepteurs pour Kyiv",
     "L'Italie va financer l'achat de 3 000 drones intercepteurs, livrables d'ici à l'été.", ["NUM201"]),
    ("Défense : Rome achète 4 000 intercepteurs", "L'Italie a commandé 3 000 intercepteurs.", ["NUM201"]),
    ("Incendie : 4 000 pompiers contre le feu dans le Var", "Le préfet a mobilisé 3 000 pompiers.", ["NUM201"]),
    # the body's own value, or one that is not round, or an approximation
    ("Défense : Rome achète 4 000 intercepteurs", "L'Italie a commandé 4 000 drones intercepteurs.", []),
    ("Défense : Rome achète 4 000 intercepteurs", "L'Italie a commandé environ 3 000 intercepteurs.", []),
    # the headline's count as the sum of two body values
    ("Défense : Rome achète 4 000 intercepteurs",
     "L'Italie a commandé 3 000 drones intercepteurs et 1 000 missiles intercepteurs.", []),
    ("Défense : Rome achète 4 000 intercepteurs",
     "L'Italie a commandé 3 000 drones intercepteurs. Elle a aussi payé 1 000 missiles intercepteurs.", []),
    ("Incendie : 4 000 pompiers contre le feu dans le Var",
     "Le préfet a mobilisé 3 000 pompiers samedi, puis 1 000 pompiers dimanche.", []),
    ("Incendie : 4 000 pompiers contre le feu dans le Var",
     "Le préfet a mobilisé 3 000 pompiers. Les Bouches-du-Rhône en ont envoyé 1 000.", []),
    # a headline noun the body gives of another thing, not in apposition
    ("Défense : Rome achète 4 000 drones",
     "L'Italie a commandé 3 000 drones intercepteurs et 1 000 drones d'attaque.", []),
])
def test_round_headline_count_and_apposed_noun(title, body, found):
    assert codes(_article(title, body), "NUM201", path="a.txt") == found
