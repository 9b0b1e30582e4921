"""NUM201, a headline toll against the body's: « N personnes tuées / mortes / ont péri » is the
toll a headline gives as « N morts », and a headline whose place sits in its kicker (« Liban : »)
is checked against a body toll of that place when only a typing slip tells them apart."""
from __future__ import annotations

import pytest

from numlint.engine import Settings, lint

_ARTICLE = ("{title}\n"
            "Les autorités ont publié un nouveau bilan, plus lourd que le précédent.\n"
            "\n"
            "{body}\n"
            "\n"
            "Les secours poursuivent les recherches dans les quartiers détruits, où plusieurs "
            "immeubles se sont effondrés.\n")


def _num201(title, body):
    text = _ARTICLE.format(title=title, body=body)
    return [d.line for d in lint(text, path="a.txt", settings=Settings(select=["NUM201"]))]


@pytest.mark.parametrize("title,body", [
    # digits swapped, the body's toll of the kicker's country
    ("Liban : le bilan de la guerre porté à 3 480 morts",
     "Selon le ministère de la Santé, 3 840 personnes ont été tuées au Liban depuis octobre 2023."),
    ("Maroc : le séisme a fait 2 946 morts",
     "Le ministère de l'Intérieur indique que 2 496 personnes sont mortes au Maroc dans le tremblement de terre."),
    ("Inondations en Libye : 5 300 morts selon le gouvernement",
     "Le gouvernement affirme que 5 030 personnes ont péri en Libye depuis le passage de la tempête."),
    # one digit changed in four
    ("Soudan : 1 820 morts dans les combats de novembre",
     "D'après l'ONU, 1 870 personnes ont été tuées au Soudan au cours du mois de novembre."),
    # no place on either side: « personnes tuées » is the headline's « morts »
    ("Séisme : le bilan s'élève à 1 500 morts",
     "Selon la protection civile, 1 200 personnes ont été tuées et 4 000 blessées."),
    ("Glissement de terrain : 64 morts dans le nord du pays",
     "Les autorités ont confirmé que 46 personnes sont mortes sous la coulée de boue."),
])
def test_headline_toll_against_body_fires(title, body):
    assert _num201(title, body) == [1]


@pytest.mark.parametrize("title,body", [
    # the same toll
    ("Liban : le bilan de la guerre porté à 3 840 morts",
     "Selon le ministère de la Santé, 3 840 personnes ont été tuées au Liban depuis octobre 2023."),
    ("Séisme : le bilan s'élève à 1 200 morts",
     "Selon la protection civile, 1 200 personnes ont été tuées et 4 000 blessées."),
    # a province's toll against the country's: close, but no typing slip
    ("Syrie : 1 500 morts dans le séisme",
     "Dans la province d'Idleb, 1 150 personnes ont été tuées, selon les Casques blancs."),
    ("Inondations : 230 morts dans le pays",
     "Dans la région de Valence, 190 personnes sont mortes, selon le gouvernement régional."),
    # the injured are not the dead
    ("Liban : le bilan de la guerre porté à 3 480 morts",
     "Selon le ministère de la Santé, 3 840 personnes ont été blessées au Liban depuis octobre 2023."),
    # people displaced, in no state of the dead
    ("Liban : 88 000 morts",
     "Selon l'OIM, 80 000 personnes demeuraient déplacées au Liban à la mi-novembre."),
])
def test_headline_toll_against_body_quiet(title, body):
    assert _num201(title, body) == []
