"""NUM201, a headline count against the body: a preposition after the noun is no state of it
(« 38 points malgré sa défaite »), two plain small counts one apart do not confirm each other
(« 36 points », « 37 points »: two clubs), and a headline value is reported once, against the
first body value."""
from __future__ import annotations

import pytest

from numlint.engine import Settings, lint
from numlint.measures import lemmas as L

_LEAGUE = ("{title}\n"
           "Le championnat se resserre en tête après la vingtième journée.\n"
           "\n"
           "Battu 31-29 samedi à Chambéry, le HBC Nantes conserve la tête du championnat avec {b} "
           "points.\n"
           "\n"
           "Montpellier, vainqueur à Dunkerque, compte {c} points et revient à une longueur.\n"
           "\n"
           "Le PSG, troisième, totalise 33 points.\n")


def _num201(text):
    return [(d.line, d.message) for d in lint(text, path="a.txt", settings=Settings(select=["NUM201"]))]


@pytest.mark.parametrize("title,b,c,fires", [
    # the title keeps the leader's count from before the defeat
    ("Handball : Nantes reste leader avec 38 points malgré sa défaite", 36, 35, True),
    ("Handball : Nantes toujours en tête avec 38 points malgré un revers à Chambéry", 36, 35, True),
    ("Handball : 38 points pour Nantes, leader malgré tout", 36, 35, True),
    # a rival one point from the leader does not « confirm » the leader's value
    ("Handball : Nantes reste leader avec 38 points malgré sa défaite", 36, 37, True),
    # the title agrees with the body: quiet, whatever the rivals' counts
    ("Handball : Nantes reste leader avec 36 points malgré sa défaite", 36, 35, False),
    ("Handball : Nantes reste leader avec 36 points malgré sa défaite", 36, 37, False),
    ("Handball : Nantes toujours en tête avec 36 points malgré un revers", 36, 35, False),
])
def test_headline_points_against_the_leader(title, b, c, fires):
    found = _num201(_LEAGUE.format(title=title, b=b, c=c))
    if fires:
        # once, against the leader's count the body gives first
        assert [(line, f"{b} points" in msg) for line, msg in found] == [(1, True)]
    else:
        assert found == []


@pytest.mark.parametrize("word,lemma", [
    ("malgré", None),          # a preposition, not a participle
    ("Malgré", None),
    ("blessés", "blessé"),
    ("annulées", "annulé"),
    ("évacué", "évacué"),
])
def test_participle_is_no_preposition(word, lemma):
    assert L.participle(word) == lemma


@pytest.mark.parametrize("title,fires", [
    # two headline figures wrong each against the first body value, not against every rival
    ("Les élus de Bourges ont voté : 412 voix pour la motion", True),
    ("Les élus de Bourges ont voté : 421 voix pour la motion", False),
])
def test_headline_reported_once(title, fires):
    text = (f"{title}\n"
            "Le conseil municipal s'est réuni lundi soir.\n"
            "\n"
            "La motion a recueilli 421 voix lors du vote des délégués de quartier.\n"
            "\n"
            "Le texte concurrent n'a obtenu que 398 voix.\n"
            "\n"
            "Une troisième proposition a réuni 377 voix.\n")
    found = _num201(text)
    assert len(found) == (1 if fires else 0)
    if fires:
        assert "421 voix" in found[0][1]


_FESTIVAL = ("{title}\n"
             "Le festival a fait le plein malgré la chaleur.\n\n"
             "Les organisateurs ont compté quelque 265 000 festivaliers sur les quatre jours, un "
             "record. {body}\n\n"
             "Les services de secours sont intervenus 214 fois.\n")


@pytest.mark.parametrize("title,body,fires", [
    # the title counts one day, which the body gives with its noun left unsaid: quiet
    ("Vieilles Charrues : 184 000 festivaliers le samedi",
     "La journée de samedi en a attiré à elle seule 184 000.", False),
    ("Vieilles Charrues : 184 000 festivaliers le samedi",
     "Le samedi, jour le plus chargé, en a accueilli 184 000.", False),
    ("Vieilles Charrues : un samedi à 184 000 festivaliers",
     "La seule journée de samedi en a réuni 184 000, soit plus des deux tiers.", False),
    # another value, the digits swapped, or the figure of another kind: the title against the total
    ("Vieilles Charrues : 184 000 festivaliers le samedi",
     "La journée de samedi en a attiré à elle seule 148 000.", True),
    ("Vieilles Charrues : 184 000 festivaliers le samedi",
     "La journée de samedi en a attiré à elle seule 184 500.", True),
    ("Vieilles Charrues : 184 000 festivaliers le samedi",
     "Le festival a vendu 184 000 litres de bière.", True),
    ("Vieilles Charrues : 184 000 festivaliers le samedi", "", True),
])
def test_headline_figure_met_again_without_its_noun(title, body, fires):
    found = _num201(_FESTIVAL.format(title=title, body=body))
    assert [line for line, _ in found] == ([1] if fires else [])
