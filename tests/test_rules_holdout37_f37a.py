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


# -- NUM202: a headline lead that the body gives as the gap between two values of its noun ------
def vote(title: str, body: str) -> str:
    return f"{title}\n\nLe second tour s'est tenu dimanche.\n\n{body}\n"


@pytest.mark.parametrize("title,body,found", [
    # the gap the body gives is not the headline's: fires
    ("Saint-Imier : le maire sortant réélu avec 412 voix d'avance",
     "Le maire sortant a recueilli 3 104 voix, contre 2 767 à sa rivale.", ["NUM202"]),
    # the gap between the two tallies of one sentence, « d'avance » or « d'écart »
    ("Saint-Imier : le maire sortant réélu avec 337 voix d'avance",
     "Le maire sortant a recueilli 3 104 voix, contre 2 767 à sa rivale.", []),
    ("Saint-Imier : 337 voix d'écart entre les deux finalistes",
     "Le maire sortant a recueilli 3 104 voix, contre 2 767 à sa rivale.", []),
    # a headline tally that is no gap is not given by the difference
    ("Saint-Imier : le maire sortant réélu avec 337 voix",
     "Le maire sortant a recueilli 3 104 voix, contre 2 767 à sa rivale.", ["NUM202"]),
    # the two figures count other things than the headline's noun: not its gap
    ("Saint-Imier : le maire sortant réélu avec 337 voix d'avance",
     "La commune compte 3 104 électeurs, contre 2 767 habitants adultes en 2000.", ["NUM202"]),
])
def test_num202_lead_as_gap_of_two_tallies(title, body, found):
    assert codes(vote(title, body), "NUM202", path="a.txt") == found


# -- NUM303: a fraction word after a « N des M » part, « soit près des trois quarts » ----------
def share(body: str) -> str:
    return f"Forêts : le bilan de l'été\n\nL'office a publié ses chiffres mardi.\n\n{body}\n"


@pytest.mark.parametrize("body,found", [
    # 36 of 60 is 60 %, not nearly three quarters: fires (the part, not its whole, is the one
    # before the fraction word)
    ("En tout, 36 des 60 massifs surveillés ont brûlé, soit près des trois quarts d'entre eux, "
     "selon l'office.", ["NUM303"]),
    ("Cet été, 18 des 60 massifs surveillés ont brûlé, soit plus de la moitié.", ["NUM303"]),
    # the fraction as the counts give it
    ("En tout, 44 des 60 massifs surveillés ont brûlé, soit près des trois quarts d'entre eux, "
     "selon l'office.", []),
    ("En tout, 36 des 60 massifs surveillés ont brûlé, soit près des deux tiers d'entre eux.", []),
    ("Cet été, 33 des 60 massifs surveillés ont brûlé, soit plus de la moitié.", []),
    # « près de » keeps a fifth of a small fraction either way
    ("En tout, 13 des 60 massifs surveillés ont brûlé, soit près d'un quart d'entre eux.", []),
])
def test_num303_fraction_after_part_of_whole(body, found):
    assert codes(share(body), "NUM303", path="a.txt") == found
