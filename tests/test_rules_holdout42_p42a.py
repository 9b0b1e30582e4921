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


# NUM404: « Âgé de N ans, l'agriculteur … . Originaire de X, où il avait vu le jour en YEAR, il … »:
# an opening « âgé de » aside of a person named by a common noun, the birth told of a pronoun or an
# anaphor opening the next sentence (as « l'agriculteur de N ans »)

_HEAD4 = "---\ntitle: Drame\ndate: 2026-06-20\n---\n\n# Un drame dans la commune\n\n"


def _art4(text: str) -> str:
    return _HEAD4 + text + " Ses obsèques auront lieu samedi.\n"


@pytest.mark.parametrize("text", [
    # born 1970: 55 or 56 in June 2026, not 45
    "Âgé de 45 ans, l'ouvrier était une figure du quartier. Originaire de Vire, où il avait vu le jour en "
    "1970, il travaillait à l'usine.",
    "Âgée de 45 ans, la conductrice habitait la commune. Née en 1970 à Vire, elle travaillait à l'usine.",
    "Âgé de 45 ans, le pilote vit à Caen. Originaire de Vire, où il est venu au monde en 1970, il "
    "vole depuis 1995.",
])
def test_num404_aged_lead_noun_then_birth_next_sentence_fires(text):
    assert codes(_art4(text), "NUM404", path="a.md") == ["NUM404"]


@pytest.mark.parametrize("text", [
    # the age agrees
    "Âgé de 55 ans, l'ouvrier était apprécié de tous. Originaire de Vire, où il avait vu le jour en "
    "1970, il travaillait à l'usine.",
    # « À N ans »: the age at a moment of a story
    "À 45 ans, l'ouvrier était apprécié de tous. Originaire de Vire, où il avait vu le jour en "
    "1970, il travaillait à l'usine.",
    # a past moment told in the age's sentence (pluperfect)
    "Âgé de 20 ans, le jeune homme était parti à la guerre. Originaire de Vire, où il avait vu le "
    "jour en 1970, il travaillait à l'usine.",
    # someone else named in the age's sentence: whose birth?
    "Âgé de 45 ans, l'ouvrier travaillait avec Paul Martin. Originaire de Vire, où il avait vu le "
    "jour en 1970, il travaillait à l'usine.",
    # another year in the age's sentence: the age then
    "Âgé de 45 ans en 2015, l'ouvrier était apprécié de tous. Originaire de Vire, où il avait vu "
    "le jour en 1970, il travaillait à l'usine.",
    # a kin in the age's sentence
    "Âgé de 45 ans, l'ouvrier vivait avec son fils. Originaire de Vire, où il avait vu le jour en "
    "1970, il travaillait à l'usine.",
    # genders differ: someone else
    "Âgé de 45 ans, l'ouvrier était apprécié de tous. Originaire de Vire, où elle avait vu le jour "
    "en 1970, elle travaillait à l'usine.",
])
def test_num404_aged_lead_noun_then_birth_next_sentence_quiet(text):
    assert codes(_art4(text), "NUM404", path="a.md") == []
