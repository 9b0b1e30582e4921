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


# NUM404: the family of births (« est née », « a vu le jour », « est venu au monde », a month before
# the year) and of birthdays to come (« fêtera ses N ans », « soufflera ses N bougies », « aura N
# ans » + « le mois prochain / en MONTH / cette année »)

_HEAD3 = "---\ntitle: Portrait\ndate: 2026-10-12\n---\n\n# Une élue discrète\n\n"


def _art3(sentence: str) -> str:
    return _HEAD3 + sentence + " Elle reçoit le public chaque lundi.\n"


@pytest.mark.parametrize("sentence", [
    # born 1961: 65 in November 2026, not 58
    "Originaire de Troyes, où elle a vu le jour en mars 1961, cette ancienne juge, qui fêtera ses "
    "58 ans le mois prochain, préside la commission.",
    "Originaire de Troyes, où elle est venue au monde en 1961, cette pharmacienne, qui soufflera "
    "ses 58 bougies en décembre, préside la commission.",
    "Originaire de Troyes, où elle était née en 1961, cette ancienne juge, qui aura 58 ans en "
    "novembre, préside la commission.",
    "Née en avril 1961, elle soufflera ses 58 bougies le mois prochain.",
    "Née en 1961 à Troyes, elle aura 58 ans cette année.",
    "Originaire de Troyes, où elle a vu le jour en 1961, cette juge de 58 ans préside la commission.",
])
def test_num404_birth_family_then_birthday_to_come_fires(sentence):
    assert codes(_art3(sentence), "NUM404", path="a.md") == ["NUM404"]


@pytest.mark.parametrize("sentence", [
    # the age agrees (65 in 2026)
    "Originaire de Troyes, où elle a vu le jour en mars 1961, cette ancienne juge, qui fêtera ses "
    "65 ans le mois prochain, préside la commission.",
    "Née en avril 1961, elle soufflera ses 65 bougies le mois prochain.",
    "Née en 1961 à Troyes, elle aura 65 ans cette année.",
    # a relative on a kin: whose birthday?
    "Originaire de Troyes, où elle a vu le jour en 1961, cette mère de famille, dont le fils "
    "fêtera ses 30 ans en décembre, préside la commission.",
    # « aura » of a thing, no birth before it
    "Le festival, créé à Troyes, aura 30 ans cette année.",
    # the moment is a year, not a month to come: another age
    "Née en 1961 à Troyes, elle aura 70 ans en 2031.",
    # no birth of a person: a project that « a vu le jour »
    "Le projet a vu le jour en mars 2019, et le musée soufflera ses 3 bougies le mois prochain.",
])
def test_num404_birth_family_then_birthday_to_come_quiet(sentence):
    assert codes(_art3(sentence), "NUM404", path="a.md") == []
