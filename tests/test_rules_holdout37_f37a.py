"""Patterns met in the thirty-seventh holdout (f37a): superseded figures, headline gaps, fraction
words after a « N des M » part."""
import pytest

from _lint_kit import codes


# -- NUM201: a figure the text presents as superseded is not the body's value of its measure ----
@pytest.mark.parametrize("text,found", [
    # the body's value differs from the headline, told with no correction: fires
    ("Le musée des Beaux-Arts a reçu 58 400 visiteurs cet été\n\n"
     "Le bilan est tombé lundi.\n\n"
     "La direction du musée a compté 55 200 visiteurs en juillet et en août.\n", ["NUM201"]),
    # a first figure, then told corrected (in the next sentence, or after a semicolon)
    ("Le musée des Beaux-Arts a reçu 58 400 visiteurs cet été\n\n"
     "Le bilan est tombé lundi.\n\n"
     "Dans un premier temps, la mairie avait annoncé 55 200 visiteurs. Ce chiffre a été "
     "rectifié après le décompte des billets gratuits.\n", []),
    ("Le musée des Beaux-Arts a reçu 58 400 visiteurs cet été\n\n"
     "Le bilan est tombé lundi.\n\n"
     "Le chiffre provisoire donné vendredi faisait état de 55 200 visiteurs ; il a été revu à la "
     "hausse depuis.\n", []),
    ("Le musée des Beaux-Arts a reçu 58 400 visiteurs cet été\n\n"
     "Le bilan est tombé lundi.\n\n"
     "La mairie avait d'abord annoncé 55 200 visiteurs, avant que le total ne soit corrigé.\n", []),
])
def test_num201_superseded_figure(text, found):
    assert codes(text, "NUM201", path="a.txt") == found


@pytest.mark.parametrize("text,found", [
    # a first word with no correction told: the figure stands, the conflict is reported
    ("Le musée des Beaux-Arts a reçu 58 400 visiteurs cet été\n\n"
     "Le bilan est tombé lundi.\n\n"
     "Dans un premier temps, le musée a accueilli 55 200 visiteurs, un record.\n", ["NUM201"]),
    # a correction told before the figure: the figure is the corrected value, still checked
    ("Le musée des Beaux-Arts a reçu 58 400 visiteurs cet été\n\n"
     "Le bilan est tombé lundi.\n\n"
     "Le chiffre provisoire a été corrigé : le musée a reçu 55 200 visiteurs en deux mois.\n", ["NUM201"]),
])
def test_num201_not_superseded(text, found):
    assert codes(text, "NUM201", path="a.txt") == found

