"""Holdout 51, dates, ages and durations (NUM401-NUM404): the patterns behind the misses, in
sentences written for the tests."""
from __future__ import annotations

import pytest

from _lint_kit import codes


def _art(body: str) -> str:
    return "Titre de l'article\n\n" + body + "\n"


# --- NUM403: a trip out and back, the departure before its length and the return after it ------

@pytest.mark.parametrize("body", [
    "Partie pour Montréal le mardi 3 juin 2025 pour une tournée de trois semaines, la chorale "
    "était rentrée à Lyon le vendredi 6 juin.",
    "Parti le lundi 2 juin 2025 pour un séjour de dix jours en Islande, le photographe est revenu "
    "à Nantes le jeudi 5 juin, les cartes mémoire pleines.",
    "Le ministre est parti le lundi 2 juin 2025 pour une mission de deux semaines et sera de retour "
    "à Paris le mercredi 4 juin.",
    "Les joueurs, partis le samedi 7 juin 2025 pour un stage de dix jours, sont rentrés au club le "
    "mardi 10 juin.",
])
def test_num403_trip_out_and_back_fires(body):
    assert codes(_art(body), "NUM403", path="a.txt") == ["NUM403"]


@pytest.mark.parametrize("body", [
    # the length fits, travel days counted or not
    "Partie pour Montréal le mardi 3 juin 2025 pour une tournée de deux semaines, la chorale "
    "était rentrée à Lyon le mardi 17 juin.",
    "Partie pour Montréal le mardi 3 juin 2025 pour une tournée de deux semaines, la chorale "
    "était rentrée à Lyon le jeudi 19 juin.",
    # a planned length, then cut short
    "Partie pour Montréal le mardi 3 juin 2025 pour une tournée prévue pour trois semaines, la "
    "chorale était rentrée à Lyon le vendredi 6 juin.",
    "Partie pour Montréal le mardi 3 juin 2025 pour une tournée de trois semaines, la chorale "
    "était rentrée à Lyon dès le vendredi 6 juin.",
    "Partie pour Montréal le mardi 3 juin 2025 pour une tournée de trois semaines, la chorale "
    "était rentrée à Lyon le vendredi 6 juin. Une grève des techniciens avait écourté la tournée.",
    "Parti le lundi 2 juin 2025 pour un séjour de dix jours en Islande, le photographe n'est "
    "revenu à Nantes que le vendredi 20 juin.",
    # not a return
    "Parti le lundi 2 juin 2025 pour une mission de deux semaines, le ministre est revenu sur ses "
    "propos le jeudi 5 juin.",
    # another date in between: which stretch the length tells is unsure
    "Partie le mardi 3 juin 2025 pour une tournée de trois semaines, la chorale a chanté à Québec "
    "le jeudi 5 juin et était rentrée à Lyon le vendredi 6 juin.",
    # no departure: the return alone
    "Pour une tournée de trois semaines, la chorale était rentrée à Lyon le vendredi 6 juin 2025.",
])
def test_num403_trip_out_and_back_quiet(body):
    assert codes(_art(body), "NUM403", path="a.txt") == []


def _md(body: str, date: str) -> str:
    return f"---\ntitle: Article\ndate: {date}\n---\n\n# Un portrait\n\n{body}\n"


# --- NUM404: died near a birthday (« après avoir fêté ses N ans », « à la veille de ses N ans »),
# the birth and the death dated: the age at death, give or take one year -----------------------

@pytest.mark.parametrize("body", [
    "Marcelle Dubreuil est morte mardi 3 mars à Rennes. Née le 9 janvier 1931 à Vitré, elle s'est "
    "éteinte deux mois après avoir fêté ses 88 ans.",
    "Marcelle Dubreuil est morte mardi 3 mars à Rennes. Née le 9 janvier 1931 à Vitré, elle est "
    "décédée peu après ses 88 ans.",
    "Marcelle Dubreuil est morte mardi 3 mars à Rennes. Née le 9 avril 1931 à Vitré, elle s'est "
    "éteinte à la veille de ses 88 ans.",
    "Née le 9 avril 1931 à Vitré, Marcelle Dubreuil est morte le 3 mars 2026, quelques semaines "
    "avant de fêter ses 88 ans.",
])
def test_num404_died_near_birthday_fires(body):
    assert codes(_md(body, "2026-03-05"), "NUM404", path="a.md") == ["NUM404"]


@pytest.mark.parametrize("body", [
    # the age fits: after the birthday, or just before the next one
    "Marcelle Dubreuil est morte mardi 3 mars à Rennes. Née le 9 janvier 1931 à Vitré, elle s'est "
    "éteinte deux mois après avoir fêté ses 95 ans.",
    "Marcelle Dubreuil est morte mardi 3 mars à Rennes. Née le 9 avril 1931 à Vitré, elle s'est "
    "éteinte à la veille de ses 95 ans.",
    "Née le 9 avril 1931 à Vitré, Marcelle Dubreuil est morte le 3 mars 2026, quelques semaines "
    "avant de fêter ses 95 ans.",
    # a birthday of the story, not the one near the death
    "Marcelle Dubreuil est morte mardi 3 mars à Rennes. Née le 9 janvier 1931 à Vitré, elle avait "
    "ouvert sa librairie au lendemain de ses 30 ans.",
    # someone else's birthday
    "Marcelle Dubreuil est morte mardi 3 mars à Rennes. Née le 9 janvier 1931 à Vitré, elle s'est "
    "éteinte deux mois après que son fils a fêté ses 60 ans.",
])
def test_num404_died_near_birthday_quiet(body):
    assert codes(_md(body, "2026-03-05"), "NUM404", path="a.md") == []


# --- NUM404: a birth told by its season or the start or end of its year (« au printemps 1971 »,
# « à l'automne 1980 », « fin 1965 »), then the age: one more year of slack, off by two fires ----

@pytest.mark.parametrize("body", [
    "Né à Dieppe à l'automne 1980, le marin de 38 ans a repris la mer mardi.",
    "Née au printemps 1990 dans le Jura, la skieuse de 29 ans vise un podium.",
    "Né fin 1965 à Lorient, il est aujourd'hui âgé de 52 ans.",
    "Né pendant l'hiver 1975, il a 43 ans et dirige la coopérative.",
    # a place first, the plain year after it
    "Né à Dieppe en 1980, le marin de 38 ans a repris la mer mardi.",
])
def test_num404_birth_season_fires(body):
    assert codes(_md(body, "2026-03-10"), "NUM404", path="a.md") == ["NUM404"]


@pytest.mark.parametrize("body", [
    # the age fits, or is one year off (the season leaves the birthday unsure)
    "Né à Dieppe à l'automne 1980, le marin de 45 ans a repris la mer mardi.",
    "Né à Dieppe à l'automne 1980, le marin de 44 ans a repris la mer mardi.",
    "Né pendant l'hiver 1975, il a 49 ans et dirige la coopérative.",
    "Né à l'hiver 1971, il fêtera ses 54 ans en janvier.",
    # the season dates something else than the birth
    "Né à Dieppe, il a rejoint la marine au printemps 1980 ; le marin de 38 ans a repris la mer mardi.",
    "Né en Bretagne, le marin s'est installé à Dieppe à l'automne 1980. Il a 38 ans.",
    "Né à Dieppe, le marin de 38 ans a rejoint la marine au printemps 1980.",
])
def test_num404_birth_season_quiet(body):
    assert codes(_md(body, "2026-03-10"), "NUM404", path="a.md") == []
