"""Holdout 46 (t46a): NUM404 birth/age readings, with our own sentences."""
from __future__ import annotations

import pytest

from _lint_kit import codes


# NUM404: « Originaire de X, où il est né / a vu le jour en YEAR, le/la/l' NOUN de N ans »: an origin
# aside is an attribute of the subject, so the one born is the subject, with a definite article as
# with a demonstrative (the pronoun agreeing with the article)

_HEAD1 = "---\ntitle: Portrait\ndate: 2026-06-20\n---\n\n# Un portrait\n\n"


def _art1(sentence: str) -> str:
    return _HEAD1 + sentence + " Le service reçoit chaque lundi.\n"


@pytest.mark.parametrize("sentence", [
    # born 1968: 57 or 58 in June 2026, not 50
    "Originaire de Gaspé, où il a vu le jour en 1968, le cardiologue de 50 ans dirige le service.",
    "Originaire de Gaspé, où elle est née en mars 1968, la cardiologue de 50 ans dirige le service.",
    "Native de Gaspé, où elle était venue au monde en 1968, l'infirmière de 50 ans dirige le service.",
    "Natif du Bas-Saint-Laurent, où il avait vu le jour en 1968, le jeune cardiologue de 50 ans dirige le service.",
])
def test_num404_origin_where_born_definite_noun_of_age_fires(sentence):
    assert codes(_art1(sentence), "NUM404", path="a.md") == ["NUM404"]


@pytest.mark.parametrize("sentence", [
    # the age agrees
    "Originaire de Gaspé, où il a vu le jour en 1968, le cardiologue de 57 ans dirige le service.",
    # the pronoun and the article disagree: someone else is aged
    "Originaire de Gaspé, où elle a vu le jour en 1968, le cardiologue de 50 ans dirige le service.",
    # no origin aside: the place where « il » was born, the noun may be someone else
    "Dans cette ville, où il est né en 1968, le maire de 50 ans l'a accueilli.",
    # a kin: another person
    "Originaire de Gaspé, où il a vu le jour en 1968, le fils de 50 ans dirige le service.",
])
def test_num404_origin_where_born_definite_noun_of_age_quiet(sentence):
    assert codes(_art1(sentence), "NUM404", path="a.md") == []


# NUM202: « assez d'énergie / d'électricité pour (alimenter) N foyers », « de quoi alimenter N
# ménages », « l'équivalent de la consommation (annuelle) de N foyers »: an energy illustrated by
# how many it would serve is no count the body must repeat (title, standfirst or heading)

_BODY2 = ("\n\nLa centrale compte 40 panneaux de 5 kW, pour une puissance de 200 kW. "
          "Les travaux ont duré deux ans.\n")
_LEDE2 = "Les 40 panneaux de la centrale produisent depuis lundi. "


@pytest.mark.parametrize("title, lede", [
    ("Une centrale solaire entre en service", "À terme, elle produira assez d'électricité pour 9 000 foyers."),
    ("Une centrale solaire entre en service", "Elle fournira assez d’énergie pour alimenter 9 000 ménages."),
    ("Une centrale solaire entre en service", "Elle produira de quoi chauffer 9 000 logements."),
    ("Une centrale solaire entre en service", "Sa production équivaut à la consommation annuelle de 9 000 foyers."),
    ("La centrale produira assez d'énergie pour 9 000 foyers", "Les panneaux sont posés."),
])
def test_num202_energy_illustrated_by_homes_quiet(title, lede):
    assert codes(title + "\n\n" + _LEDE2 + lede + _BODY2, "NUM202", path="a.txt") == []


@pytest.mark.parametrize("title, lede", [
    # a count of homes connected or served: a figure the body must give
    ("Une centrale solaire entre en service", "Elle sera raccordée à 9 000 foyers."),
    ("Une centrale solaire entre en service", "Elle alimentera 9 000 foyers."),
    ("La centrale sera raccordée à 9 000 foyers", "Les panneaux sont posés."),
])
def test_num202_homes_served_count_fires(title, lede):
    assert codes(title + "\n\n" + _LEDE2 + lede + _BODY2, "NUM202", path="a.txt") == ["NUM202"]


# NUM404: « Âgé(e) de N ans, ce/cette NOUN (,) né(e) (à PLACE) en YEAR … »: the birth a participle of
# the same demonstrative subject, in the age's own sentence

_HEAD3 = "---\ntitle: Portrait\ndate: 2026-08-10\n---\n\n# Une soignante engagée\n\n"


def _art3(sentence: str) -> str:
    return _HEAD3 + sentence + " Le centre ouvre chaque matin.\n"


@pytest.mark.parametrize("sentence", [
    # born 1975: 50 or 51 in August 2026, not 43
    "Âgée de 43 ans, cette sage-femme née à Kandi en 1975 dirige le centre.",
    "Âgée de 43 ans, cette sage-femme née en 1975 à Kandi a fondé le centre.",
    "Âgé de 43 ans, ce jeune infirmier, né à Kandi en 1975, dirige le centre.",
    "Âgé de 43 ans, cet infirmier né le 2 mai 1975 dirige le centre.",
])
def test_num404_aged_lead_demo_noun_born_participle_fires(sentence):
    assert codes(_art3(sentence), "NUM404", path="a.md") == ["NUM404"]


@pytest.mark.parametrize("sentence", [
    # the age agrees
    "Âgée de 51 ans, cette sage-femme née à Kandi en 1975 dirige le centre.",
    # « À N ans »: the age at a moment of her story
    "À 43 ans, cette sage-femme née à Kandi en 1975 a fondé le centre.",
    # a story told in the imperfect: the age then
    "Âgée de 43 ans, cette sage-femme née à Kandi en 1975 dirigeait alors le centre.",
    # the birth of someone else (a relative on a kin)
    "Âgée de 43 ans, cette sage-femme dont la mère est née en 1975 dirige le centre.",
])
def test_num404_aged_lead_demo_noun_born_participle_quiet(sentence):
    assert codes(_art3(sentence), "NUM404", path="a.md") == []
