"""Holdout 42 (p42a): a capitalised number word naming a group, and NUM404 birth/age readings,
with our own sentences."""
from __future__ import annotations

import pytest

from _lint_kit import codes


# figures: « les Vingt-Sept », « l'Europe à Quinze »: a capitalised number word in mid-sentence is a
# name (the member states), not a count; « vingt-sept pays » stays a count

@pytest.mark.parametrize("text", [
    "Défense : les Vingt-Sept adoptent un plan de 40 milliards d'euros\n\n"
    "Réunis à Bruxelles, les dirigeants européens ont adopté un plan de 40 milliards d'euros.",
    "Budget : un accord à Quinze sur 12 millions d'euros\n\n"
    "L'Europe à Quinze a trouvé un accord sur 12 millions d'euros pour la recherche.",
    "Climat : les Douze s'accordent sur 300 millions d'euros\n\n"
    "Les ministres ont validé une enveloppe de 300 millions d'euros.",
])
def test_capitalised_group_name_is_no_count(text):
    assert codes(text, "NUM202", path="a.txt") == []


def test_title_with_group_name_and_changed_amount_fires():
    text = ("Défense : les Vingt-Sept adoptent un plan de 40 milliards d'euros\n\n"
            "Réunis à Bruxelles, les dirigeants européens ont adopté un plan de 25 milliards d'euros.")
    assert codes(text, "NUM201", path="a.txt") == ["NUM201"]


@pytest.mark.parametrize("text, value", [
    ("Les dirigeants des vingt-sept pays ont signé.", 27),           # lower case: a count
    ("Bilan : Trois Morts et Deux Blessés sur la Nationale", 2),     # Title Case: counts
    ("Trois personnes ont été blessées.", 3),                         # sentence start
    ("Il a dit : « Quinze jours suffiront. »", 15),                   # after a quote
])
def test_number_words_that_stay_counts(text, value):
    from numlint.figures import numbers
    assert value in [f.value for f in numbers.find(text)]


@pytest.mark.parametrize("text", [
    "Ukraine : les Vingt-Sept débloquent une aide.",
    "L'Europe à Quinze avait déjà tranché.",
    "Le sommet des Vingt-Cinq s'est ouvert jeudi.",
])
def test_group_names_are_no_figures(text):
    from numlint.figures import numbers
    assert numbers.find(text) == []
