"""Patterns met in the thirty-fifth holdout (f35c): an age told by a birthday (« a fêté ses 50 ans »,
« soufflait cette année ses 71 bougies ») set against a birth in the same sentence (NUM404)."""
from datetime import date

import pytest

from numlint.engine import Settings, lint

_SEPT_2026 = date(2026, 9, 15)


def codes(text: str, select: str, ref: date | None = _SEPT_2026) -> list[str]:
    settings = Settings(select=[select], reference_date=ref)
    return [d.code for d in lint(text, path="a.txt", settings=settings)]


@pytest.mark.parametrize("text,expected", [
    # a count of candles is an age: born in 1952, one is 73 or 74 in 2026
    ("Née en 1952 à Namur, elle souffle ses 61 bougies entourée des siens.", ["NUM404"]),
    ("Né en 1952 à Namur, il soufflait cette année ses 61 bougies au café du village.", ["NUM404"]),
    ("Née en 1952 à Namur, elle souffle ses 74 bougies entourée des siens.", []),
    # a year dates the birthday: the age then, not now
    ("Né en 1952 à Namur, il soufflait en 2012 ses 60 bougies au café du village.", []),
    # the imperfect of a story, no « cette année »
    ("Né en 1952 à Namur, il soufflait ses 60 bougies quand l'usine a fermé.", []),
    # candles of a cake, no birthday verb
    ("Né en 1952 à Namur, le pâtissier a planté 61 bougies sur le gâteau.", []),
])
def test_candles_are_an_age(text, expected):
    assert codes("Portrait\n" + text + "\n", "NUM404") == expected


@pytest.mark.parametrize("text,expected", [
    # « qui a fêté ses N ans …, est né en »: the birth is the relative's subject's
    ("La directrice, Marie Lenoir, qui a fêté ses 52 ans cet été, est née en 1968 à Liège.", ["NUM404"]),
    ("Né en 1968 à Liège, il a fêté ses 52 ans au printemps.", ["NUM404"]),
    ("La directrice, Marie Lenoir, qui a fêté ses 58 ans cet été, est née en 1968 à Liège.", []),
    ("Né en 1968 à Liège, il a fêté ses 58 ans au printemps.", []),
    # someone else's birthday: a relative on another noun, a kin
    ("Né en 1968 à Liège, il a présenté son associé, qui a fêté ses 40 ans en mai.", []),
    ("Né en 1968 à Liège, il a vu son fils fêter ses 30 ans.", []),
    # a year dates the birthday
    ("Né en 1968 à Liège, il a fêté ses 40 ans en 2008 à Rome.", []),
    # an anniversary of something else
    ("Né en 1968 à Liège, il a fêté ses 20 ans de carrière.", []),
])
def test_birthday_feted_is_an_age(text, expected):
    assert codes("Portrait\n" + text + "\n", "NUM404") == expected


@pytest.mark.parametrize("text,expected", [
    # the noun measured and its adjective between a quantity and its bracketed conversion
    ("Il est tombé 30 centimètres de neige fraîche (environ 20 pouces) sur les crêtes.", ["NUM501"]),
    ("Le glacier a perdu 12 mètres d'épaisseur totale (80 pieds) en dix ans.", ["NUM501"]),
    ("Il est tombé 30 centimètres de neige fraîche (environ 12 pouces) sur les crêtes.", []),
    # the bracket gives another measure, not a conversion
    ("Il est tombé 30 centimètres de neige fraîche (contre 20 l'an dernier) sur les crêtes.", []),
    ("Le sentier compte 12 kilomètres de montée et (selon le guide) 3 heures de marche.", []),
])
def test_conversion_after_noun_and_adjective(text, expected):
    assert codes("Météo\n" + text + "\n", "NUM501", None) == expected


@pytest.mark.parametrize("text,expected", [
    # the change told first, then the value reached, then the earlier one after « contre »
    ("Les subventions, qui augmentent de 35 % pour atteindre 270 millions d'euros, contre 240 "
     "millions l'an dernier, soutiennent les clubs.", ["NUM305"]),
    ("Le chiffre d'affaires recule de 20 % pour s'établir à 90 millions d'euros, contre 100 "
     "millions en 2025.", ["NUM305"]),
    ("Les subventions, qui augmentent de 12,5 % pour atteindre 270 millions d'euros, contre 240 "
     "millions l'an dernier, soutiennent les clubs.", []),
    ("Le chiffre d'affaires recule de 10 % pour s'établir à 90 millions d'euros, contre 100 "
     "millions en 2025.", []),
    # no « contre »: the second amount is another measure
    ("Les subventions augmentent de 35 % pour atteindre 270 millions d'euros, dont 240 millions "
     "pour le sport amateur.", []),
    # a figure of its own between: the « contre » compares something else
    ("Les subventions augmentent de 35 % pour atteindre 270 millions d'euros en 12 mois, contre "
     "240 millions pour la culture.", []),
])
def test_change_told_before_both_values(text, expected):
    assert codes("Budget\n" + text + "\n", "NUM305", None) == expected


@pytest.mark.parametrize("text,expected", [
    # a count, then « leur nombre a doublé » against the earlier value in the next sentence
    ("Cette saison, 460 phoques ont été comptés sur la côte. Leur nombre a plus que doublé par "
     "rapport à l'an dernier, où l'on en avait recensé 290.", ["NUM305"]),
    ("Cette saison, 460 phoques ont été comptés sur la côte. Leur nombre a triplé par rapport à "
     "l'an dernier, où l'on en avait recensé 290.", ["NUM305"]),
    ("Cette saison, 620 phoques ont été comptés sur la côte. Leur nombre a plus que doublé par "
     "rapport à l'an dernier, où l'on en avait recensé 290.", []),
    ("Cette saison, 560 phoques ont été comptés sur la côte. Leur nombre a presque doublé par "
     "rapport à l'an dernier, où l'on en avait recensé 290.", []),
    # two counts before: which one doubled?
    ("Cette saison, 460 phoques et 80 dauphins ont été comptés. Leur nombre a doublé par rapport "
     "à l'an dernier, où l'on en avait recensé 290.", []),
    # the figure of the doubling sentence is not an earlier value
    ("Cette saison, 460 phoques ont été comptés sur la côte. Leur nombre a doublé sur 290 "
     "kilomètres de plages.", []),
])
def test_multiplied_against_the_count_before(text, expected):
    assert codes("Faune\n" + text + "\n", "NUM305", None) == expected


@pytest.mark.parametrize("text", [
    # « contre » another holder at the same time, not an earlier value
    "La dette augmente de 5 % pour atteindre 200 millions d'euros, contre 150 millions pour la "
    "commune voisine.",
    "Les ventes progressent de 4 % pour s'établir à 80 millions d'euros, contre 120 millions chez "
    "le concurrent.",
])
def test_change_told_before_against_another_holder(text):
    assert codes("Budget\n" + text + "\n", "NUM305", None) == []
