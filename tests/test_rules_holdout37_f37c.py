"""Patterns met in the thirty-seventh holdout (f37c): a fraction change told after a colon with
« ainsi », its two values the « B, contre A en YEAR » just before (NUM305); a change after « : une hausse de X % (sur la
période) » whose old value a sentence opening « N ans plus tôt, » tells (NUM305); a birthday age
(« a fêté ses N ans ») whose sentence names a kin only past a clause break after it (NUM404); an age opening
its sentence and a year told « l'année de sa naissance » later in it (NUM404)."""
from datetime import date

import pytest

from numlint.engine import Settings, lint

_MARCH_2026 = date(2026, 3, 10)


def codes(text: str, select: str, ref: date | None = _MARCH_2026) -> list[str]:
    settings = Settings(select=[select], reference_date=ref)
    return [d.code for d in lint(text, path="a.txt", settings=settings)]


@pytest.mark.parametrize("text,expected", [
    # -6,7 % is no quarter, +10 % no third
    ("Le port a traité 84 000 conteneurs cette année, contre 90 000 en 2024 : le trafic a ainsi "
     "reculé d'un quart.", ["NUM305"]),
    ("Le club compte 3 310 adhérents cette saison, contre 2 960 en 2023 : le club a donc "
     "progressé d'un tiers en deux ans.", ["NUM305"]),
    # the values give the fraction
    ("Le port a traité 67 000 conteneurs cette année, contre 90 000 en 2024 : le trafic a ainsi "
     "reculé d'un quart.", []),
    # no « ainsi »: the fraction may be told of something else
    ("Le port a traité 84 000 conteneurs cette année, contre 90 000 en 2024 : le trafic de vrac a "
     "reculé d'un quart.", []),
    # « contre » another place at the same moment: no before and after
    ("Marseille a traité 84 000 conteneurs, contre 90 000 au Havre : le trafic a ainsi reculé "
     "d'un quart.", []),
    # an approximate fraction
    ("Le port a traité 84 000 conteneurs cette année, contre 90 000 en 2024 : le trafic a ainsi "
     "reculé de près d'un quart.", []),
    # a figure after the colon is the fraction's own base
    ("Le port a traité 84 000 conteneurs cette année, contre 90 000 en 2024 : le trafic de vrac, "
     "à 12 000 tonnes, a ainsi reculé d'un quart.", []),
])
def test_fraction_change_after_contre_and_colon(text, expected):
    assert codes("Économie\n" + text + "\n", "NUM305", ref=None) == expected


@pytest.mark.parametrize("text,expected", [
    # +14 % is no 25 %
    ("Le ticket de bus coûte désormais 2,40 euros. Cinq ans plus tôt, il se vendait 2,10 euros : "
     "une hausse de 25 % sur la période.", ["NUM305"]),
    ("Le ticket de bus coûte désormais 2,40 euros. Cinq ans plus tôt, il se vendait 2,10 euros : "
     "une hausse de 25 %.", ["NUM305"]),
    ("Le ticket de bus coûte désormais 2,40 euros. Cinq ans plus tôt, il se vendait 2,10 euros, "
     "soit une hausse de 25 % sur la période, bien plus que l'inflation.", ["NUM305"]),
    # the values give it
    ("Le ticket de bus coûte désormais 2,40 euros. Cinq ans plus tôt, il se vendait 2,10 euros : "
     "une hausse de 14 % sur la période.", []),
    # no step back in time told: the second value may be another place's
    ("Le ticket de bus coûte désormais 2,40 euros. À Lyon, il se vend 2,10 euros : une hausse de "
     "25 % sur la période.", []),
    # another base after the change
    ("Le ticket de bus coûte désormais 2,40 euros. Cinq ans plus tôt, il se vendait 2,10 euros : "
     "une hausse de 25 % par rapport à 2015.", []),
    # the span closing the change is not the step back
    ("Le ticket de bus coûte désormais 2,40 euros. Cinq ans plus tôt, il se vendait 2,10 euros : "
     "une hausse de 25 % en deux ans.", []),
    # two values before: which one is now?
    ("Le ticket coûte désormais 2,40 euros et l'abonnement 45 euros. Cinq ans plus tôt, il se "
     "vendait 2,10 euros : une hausse de 25 % sur la période.", []),
])
def test_change_after_a_step_back_in_time(text, expected):
    assert codes("Transports\n" + text + "\n", "NUM305", ref=None) == expected


@pytest.mark.parametrize("text,expected", [
    # born 1958: 67 or 68 in March 2026
    ("Né en 1958, Karim, qui soigne 40 ruches à Bouira, a fêté cette année ses 72 ans, dont trente "
     "passés au rucher de son père.", ["NUM404"]),
    ("Né en 1958, il a fêté ses 60 ans, dont quarante passés auprès de sa femme.", ["NUM404"]),
    ("Né en 1958, Karim, qui soigne 40 ruches à Bouira, a fêté cette année ses 68 ans, dont trente "
     "passés au rucher de son père.", []),
    # the kin before the birthday is who celebrates
    ("Né en 1958, Karim a raconté que son père a fêté ses 72 ans, entouré de ses ruches.", []),
    ("Né en 1958, Karim a vu son fils fêter ses 30 ans, dont dix passés au rucher.", []),
    # a kin in the same clause as the age: unsure, quiet
    ("Né en 1958, il a fêté ses 60 ans avec son frère jumeau dans le village.", []),
])
def test_birthday_age_with_a_kin_past_a_clause_break(text, expected):
    assert codes("Portrait\n" + text + "\n", "NUM404") == expected


@pytest.mark.parametrize("text,expected", [
    # born 1979: 46 or 47 in March 2026
    ("À 58 ans, il connaît le quartier par cœur : il y vit depuis 1979, l'année de sa naissance.",
     ["NUM404"]),
    ("À 58 ans, elle connaît bien la maison : ses grands-parents s'y étaient installés en 1979, "
     "l'année de sa naissance.", ["NUM404"]),
    ("À 47 ans, il connaît le quartier par cœur : il y vit depuis 1979, l'année de sa naissance.", []),
    # younger than today: maybe a moment of the story
    ("À 40 ans, il connaît le quartier par cœur : il y vit depuis 1979, l'année de sa naissance.", []),
    # another's birth
    ("À 58 ans, il connaît l'atelier : il l'a ouvert en 1979, l'année de la naissance de son fils.", []),
    ("À 58 ans, il connaît l'atelier : il l'a ouvert en 1979, l'année de sa naissance de sa fille.", []),
    # a kin in the sentence: whose birth?
    ("À 58 ans, il connaît l'atelier : son père l'a ouvert en 1979, l'année de sa naissance.", []),
    # another year in the sentence
    ("À 58 ans, il connaît l'atelier : rachetée en 2001, la maison avait été bâtie en 1979, "
     "l'année de sa naissance.", []),
])
def test_age_and_the_year_of_ones_birth(text, expected):
    assert codes("Portrait\n" + text + "\n", "NUM404") == expected
