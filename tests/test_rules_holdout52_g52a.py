"""Holdout 52 (g52a): a participle used as a noun (« 32 blessés », « 1 180 licenciés ») and the
same participle said of a noun (« 27 personnes blessées », « 1 200 salariés licenciés ») count
one thing."""
from __future__ import annotations

import pytest

from _lint_kit import codes

BODY = "\n\nLes secours sont intervenus dans la matinée.\n\n"

PEOPLE = [
    # « N blessés » in the title, « N personnes blessées » in the body: one toll
    ("Collision : 32 blessés sur la rocade", "Le dernier bilan fait état de 26 personnes blessées, "
     "selon la préfecture.", ["NUM201"]),
    ("Tempête : 1 200 évacués dans le Var", "Selon la préfecture, 950 personnes évacuées dormaient "
     "dans des gymnases.", ["NUM201"]),
    ("Collision : 32 blessés sur la rocade", "Vingt minutes plus tard, 26 personnes ont été "
     "blessées, selon la préfecture.", ["NUM201"]),
    # the same toll: quiet
    ("Collision : 32 blessés sur la rocade", "Le dernier bilan fait état de 32 personnes blessées, "
     "selon la préfecture.", []),
    # a headline count ending in zeros rounds the body's exact count: quiet
    ("Tempête : 1 200 évacués dans le Var", "Selon la préfecture, 1 180 personnes évacuées "
     "dormaient dans des gymnases.", []),
    # people in another state: another measure
    ("Collision : 32 blessés sur la rocade", "Le dernier bilan fait état de 26 personnes "
     "hospitalisées, selon la préfecture.", []),
    ("Tempête : 1 200 évacués dans le Var", "Selon la préfecture, 950 personnes relogées dormaient "
     "dans des gymnases.", []),
]


@pytest.mark.parametrize("head,body,expected", PEOPLE)
def test_people_in_a_state_are_the_participle(head, body, expected):
    assert codes(head + BODY + body + "\n", "NUM201", path="a.txt") == expected


ROUNDED = [
    # a headline noun in one state rounds the body's participle used as a noun, and the reverse
    ("Lycées : 12 400 élèves inscrits au baccalauréat", "Le rectorat compte 12 380 inscrits "
     "pour la session de juin.", []),
    ("Plan social : 1 200 licenciés chez le fabricant", "La direction confirme 1 180 salariés "
     "licenciés sur les deux sites.", []),
    ("Concours : 450 candidats admis à l'oral", "Le jury a publié la liste de 450 admis "
     "jeudi soir.", []),
    # too far from a rounding: the headline's figure is not the body's
    ("Lycées : 12 400 élèves inscrits au baccalauréat", "Le rectorat compte 11 900 inscrits "
     "pour la session de juin.", ["NUM202"]),
    # the participle of another state, or the noun without it: another measure
    ("Lycées : 12 400 élèves inscrits au baccalauréat", "Le rectorat compte 12 380 admis "
     "pour la session de juin.", ["NUM202"]),
    ("Plan social : 1 200 licenciés chez le fabricant", "La direction confirme 1 180 salariés "
     "sur les deux sites.", ["NUM202"]),
    # a headline count that is no rounding (no trailing zero) stays exact
    ("Plan social : 1 213 licenciés chez le fabricant", "La direction confirme 1 170 salariés "
     "licenciés sur les deux sites.", ["NUM202"]),
]


@pytest.mark.parametrize("head,body,expected", ROUNDED)
def test_headline_rounds_the_participle_noun(head, body, expected):
    assert codes(head + BODY + body + "\n", "NUM202", path="a.txt") == expected


def _subject(text: str, fig: str):
    from numlint import document, engine
    _, ms = engine.analyse(document.parse(text, path="a.txt"))
    return next(m.subject for m in ms if " ".join(m.figure.text.split()) == fig)


@pytest.mark.parametrize("sentence,fig,subject", [
    # « évalue à N millions le nombre de X »: the scale word is the figure's, X its noun
    ("L'agence évalue à 1,3 million le nombre de réfugiés accueillis dans la région.", "1,3 million", "réfugié"),
    ("La saison porte à 2,4 millions le nombre d'abonnés du service.", "2,4 millions", "abonné"),
    ("La saison porte à 240 000 le nombre d'abonnés du service.", "240 000", "abonné"),
    # another noun after the scale word: that noun, not the one of « le nombre de »
    ("La crue porte à 1,3 million de personnes le nombre de sinistrés.", "1,3 million", "personne"),
    # a sum in millions of a currency is no count of « le nombre de »
    ("Le maire estime à 2,1 millions d'euros le nombre de travaux à financer.", "2,1 millions d'euros", None),
])
def test_nombre_de_after_a_scale_word(sentence, fig, subject):
    assert _subject("Titre\n\nChapeau.\n\n" + sentence + "\n", fig) == subject
