"""NUM305 on the twenty-sixth holdout's false alarms, by pattern: a « soit » conversion into another
currency taken as the new value beside an earlier value in the first currency, and a figure taken as
the new value beside a « contre » that gives a change both the other way from the stated word and far
larger (a threshold such as « de 10 000 habitants et plus »)."""
import pytest

from numlint.engine import Settings, lint


def codes(body: str):
    text = "Titre de l'article\nUn chapeau sans chiffre.\n" + body + "\n"
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=["NUM305"]))]


@pytest.mark.parametrize("body,expected", [
    # the conversion restates the figure before it: that figure, in dinars, is the new value
    ("Les exportations d'huile d'olive ont rapporté 5,2 milliards de dinars cette saison, soit "
     "environ 1,55 milliard d'euros, contre 4,8 milliards de dinars la saison précédente, une "
     "hausse de 8,3 %.", []),
    ("Le budget du ministère atteint 3,3 milliards de dinars, soit près d'un milliard d'euros, "
     "contre 3 milliards de dinars en 2025, soit une progression de 10 %.", []),
    # the same sentence with a wrong change still fires, on the dinars
    ("Les exportations d'huile d'olive ont rapporté 5,2 milliards de dinars cette saison, soit "
     "environ 1,55 milliard d'euros, contre 4,8 milliards de dinars la saison précédente, une "
     "hausse de 18 %.", ["NUM305"]),
    # no conversion: two amounts in one currency are still checked
    ("Le chiffre d'affaires a atteint 812 millions d'euros, contre 794 millions l'an dernier, "
     "soit une progression de 12 %.", ["NUM305"]),
])
def test_conversion_is_not_the_new_value(body, expected):
    assert codes(body) == expected


@pytest.mark.parametrize("body,expected", [
    # a threshold before « contre »: +97 % computed for « baisse de 12 % », the pairing is wrong
    ("3 180 permis de construire ont été délivrés en mars dans les communes de 5 000 habitants "
     "et plus, contre 3 610 en mars 2025, soit une baisse de 12 %.", []),
    ("Les cliniques de 20 000 patients et plus ont recruté 1 050 infirmiers, contre 1 190 un an "
     "plus tôt, soit un recul de 11,8 %.", []),
    # the stated word the other way but of the same size: a miswritten direction, still fires
    ("Les ventes ont atteint 880 unités en mars, contre 800 en mars 2025, soit une baisse "
     "de 10 %.", ["NUM305"]),
    # far and the other way, but the two values read the other way round give it: still fires
    ("Les ventes ont atteint 1 600 unités en mars, contre 400 en mars 2025, soit une baisse "
     "de 75 %.", ["NUM305"]),
    # a new value of zero: no ratio the other way round, no traceback
    ("Les ventes ont atteint 0 unité en mars, contre 400 en mars 2025, soit une hausse "
     "de 12 %.", ["NUM305"]),
    # the same direction, far off: still fires
    ("Les ventes ont atteint 1 600 unités en mars, contre 800 en mars 2025, soit une hausse "
     "de 12 %.", ["NUM305"]),
    # an explicit « de … à » is not a « contre » pairing: still checked both ways
    ("Le nombre d'agents est passé de 200 à 600 en cinq ans, soit une baisse de 25 %.", ["NUM305"]),
])
def test_contrary_and_far_beside_contre(body, expected):
    assert codes(body) == expected
