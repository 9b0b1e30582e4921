"""NUM305 on the twenty-sixth holdout's false alarms, by pattern: a « soit » conversion into another
currency taken as the new value beside an earlier value in the first currency."""
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
