"""NUM305, NUM302 and NUM301 on patterns met in the twentieth holdout: a conversion in brackets is
no side of a change; a figure after a verb or a moment of its own ends a « dont » list; a vote
tally followed by « soit N députés » is a sum."""
import pytest

from numlint.engine import Settings, lint


def found(body: str, select: str, title: str = "Titre de l'article") -> list[str]:
    text = title + "\nUn chapeau sans chiffre.\n" + body + "\n"
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=[select]))]


# -- NUM305: « X dinars (environ Y euros), contre Z, soit +N % »: the change is Z -> X ---------------
@pytest.mark.parametrize("body,codes", [
    ("Le projet de loi de finances prévoit 62,4 milliards de dinars de dépenses (environ 18 milliards "
     "d'euros), contre 60,1 milliards cette année, soit une hausse de 3,8 %.", []),
    ("Le royaume consacrera 41,5 milliards de dirhams (3,8 milliards d'euros) à l'éducation, contre "
     "38,2 milliards l'an dernier, soit une progression de 8,6 %.", []),
    ("La centrale produit 5 400 gigawattheures (près de 5,4 térawattheures) par an, contre "
     "5 100 l'an passé, soit une hausse de 5,9 %.", []),
    ("Les recettes fiscales atteignent 45 milliards de dinars (environ 13 milliards d'euros), contre "
     "47,3 milliards en 2025, soit une baisse de 4,9 %.", []),
    # near misses: the change fits neither the figure nor its conversion
    ("Le projet de loi de finances prévoit 62,4 milliards de dinars de dépenses (environ 18 milliards "
     "d'euros), contre 60,1 milliards cette année, soit une hausse de 9,5 %.", ["NUM305"]),
    ("Le royaume consacrera 41,5 milliards de dirhams (3,8 milliards d'euros) à l'éducation, contre "
     "30,2 milliards l'an dernier, soit une progression de 8,6 %.", ["NUM305"]),
    # no conversion: still checked
    ("Le budget atteint 62,4 milliards de dinars, contre 60,1 milliards cette année, soit une "
     "hausse de 9,5 %.", ["NUM305"]),
])
def test_num305_a_conversion_in_brackets_is_no_side(body, codes):
    assert found(body, "NUM305") == codes
