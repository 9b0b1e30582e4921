"""NUM101 and NUM301 on patterns met in the thirty-third holdout."""
import pytest

from numlint.engine import Settings, lint


def codes(text: str, select: str, path: str = "article.txt") -> list[str]:
    return [d.code for d in lint(text, path=path, settings=Settings(select=[select]))]


def txt(body: str) -> str:
    return f"Le port fait ses comptes\nLa criée a publié son bilan annuel.\n\n{body}\n"


# -- NUM101: « coûter, rapporter, peser, représenter de X à Y » tells the bounds of an estimate, ---
# not a change: reversed bounds fire
@pytest.mark.parametrize("body,found", [
    ("Selon la chambre de commerce, la fermeture du pont pourrait coûter de 45 à 30 millions "
     "d'euros aux commerçants.", ["NUM101"]),
    ("Selon la chambre de commerce, la fermeture du pont pourrait coûter de 30 à 45 millions "
     "d'euros aux commerçants.", []),
    ("Le nouveau terminal rapporterait de 12 à 9 millions d'euros par an au port.", ["NUM101"]),
    ("Le nouveau terminal rapporterait de 9 à 12 millions d'euros par an au port.", []),
    ("Les thons rouges adultes pèsent de 400 à 250 kilos.", ["NUM101"]),
    ("Les thons rouges adultes pèsent de 250 à 400 kilos.", []),
    # near misses kept quiet: a change told by its verb, and a past « a coûté » (may be a revision)
    ("Le prix du gazole est passé de 1,9 à 1,6 euro le litre en un an.", []),
    ("La dette a coûté de 45 à 30 millions d'euros selon les années.", []),
])
def test_num101_bounds_of_an_estimate(body, found):
    assert codes(txt(body), "NUM101") == found


def cooperative(body: str) -> str:
    return f"La coopérative publie ses volumes\nLes ventes ont été arrêtées fin septembre.\n\n{body}\n"


# -- NUM301: parts « à 1,2 million » with the unit said once for the list (each keeping its scale ---
# word) add up to a « soit … au total » of that unit
@pytest.mark.parametrize("body,found", [
    ("Le lait reste le premier produit, avec 3,20 millions de litres, devant les yaourts, à "
     "0,95 million, et la crème, à 0,40 million, soit 4,55 millions de litres au total.", []),
    ("Le lait reste le premier produit, avec 3,20 millions de litres, devant les yaourts, à "
     "0,95 million, et la crème, à 0,40 million, soit 4,75 millions de litres au total.", ["NUM301"]),
    # near misses kept quiet: no part writes the unit (what do the bare millions count?), and a
    # part that names its own noun
    ("Le lait reste le premier produit, avec 3,20 millions, devant les yaourts, à 0,95 million, et "
     "la crème, à 0,40 million, soit 4,75 millions de litres au total.", []),
    ("Le lait reste le premier produit, avec 3,20 millions de litres, devant les yaourts, à "
     "0,95 million de pots, soit 4,75 millions de litres au total.", []),
])
def test_num301_unit_said_once_for_the_parts(body, found):
    assert codes(cooperative(body), "NUM301") == found
