"""NUM201 / NUM202, a headline share of a thing it names (« 18 % du poids ») against the body's one
share of that thing, which the body sets against a control in its own sentence (« 15,2 % de leur
poids initial, contre 2,6 % … placebo »); a possessive is read as the determiner of the share's
noun (« de leur poids », « de son chiffre d'affaires »)."""
from __future__ import annotations

import pytest

from numlint import document, engine
from numlint.engine import Settings, lint

_TRIAL = ("{title}\n"
          "Les résultats de l'étude ont été présentés jeudi lors d'un congrès médical à Lyon.\n"
          "\n"
          "L'essai a porté sur 900 adultes, dont 600 ont reçu le traitement et 300 un placebo.\n"
          "\n"
          "{body}\n"
          "\n"
          "Les effets indésirables, surtout digestifs, ont touché 150 patients, et 45 ont arrêté.\n")


def _codes(title, body):
    text = _TRIAL.format(title=title, body=body)
    return sorted({(d.code, d.line) for d in lint(text, path="a.txt",
                                                  settings=Settings(select=["NUM201", "NUM202"]))})


_FIRES = [("NUM201", 1)]     # and not also NUM202: the engine keeps one report per contradicted figure


@pytest.mark.parametrize("title,body,codes", [
    # the body's one share of the headline's thing, set against the placebo's
    ("Obésité : le traitement fait perdre 18 % du poids",
     "Après un an, les patients traités avaient perdu en moyenne 15,2 % de leur poids, contre "
     "2,6 % sous placebo.", _FIRES),
    ("Surpoids : les patients perdent 22 % de leur poids grâce à l'injection",
     "Les patients sous injection ont perdu 19,5 % de leur poids corporel, contre 3 % sous placebo.",
     _FIRES),
    ("Obésité : le traitement fait perdre 18 % du poids",
     "Les patients traités ont perdu 15,2 % de leur poids initial en moyenne, contre 2,6 % "
     "sous placebo, et 80 % d'entre eux au moins 5 % de leur poids.", _FIRES),
    # near-misses: the headline's value given, two shares of the thing, a far share
    ("Obésité : le traitement fait perdre 15 % du poids",
     "Après un an, les patients traités avaient perdu en moyenne 15,2 % de leur poids, contre "
     "2,6 % sous placebo.", []),
    ("Obésité : le traitement fait perdre 18 % du poids",
     "Les hommes avaient perdu 15,2 % de leur poids et les femmes, dans une autre cohorte, "
     "13,1 % de leur poids.", None),
    # told alone, with no control: it may be one holder's among others (share_partner's)
    ("Obésité : le traitement fait perdre 18 % du poids",
     "Après un an, les patients traités avaient perdu en moyenne 15,2 % de leur poids. La "
     "tension a baissé chez 40 % d'entre eux.", None),
    ("Obésité : le traitement fait perdre 25 % du poids",
     "Après un an, les patients traités avaient perdu en moyenne 15,2 % de leur poids, contre "
     "2,6 % sous placebo.", None),
])
def test_headline_share_against_the_named_body_share(title, body, codes):
    found = _codes(title, body)
    if codes is None:
        assert ("NUM201", 1) not in found
    else:
        assert found == codes


@pytest.mark.parametrize("sentence,subject", [
    ("Les patients ont perdu 15,2 % de leur poids.", "poid"),
    ("Le groupe a réalisé 40 % de son chiffre d'affaires en Asie.", "chiffre"),
    ("Les ménages consacrent 12 % de leurs revenus au logement.", "revenu"),
    ("Elle a perdu 8 % de sa valeur en bourse.", "valeur"),
    ("Les patients ont perdu 15,2 % du poids initial.", "poid"),
])
def test_possessive_share_noun(sentence, subject):
    doc = document.parse("Titre\n\n" + sentence + "\n", "a.txt")
    _, ms = engine.analyse(doc)
    shares = [m for m in ms if m.figure.kind == "percent"]
    assert [(m.subject, m.explicit_subject) for m in shares] == [(subject, True)]
