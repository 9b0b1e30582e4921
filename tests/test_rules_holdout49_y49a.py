"""Holdout round 49 (y49a): patterns behind missed findings, in sentences of our own."""
from __future__ import annotations

import pytest

from _lint_kit import codes


# --- NUM305: « de A à B » after a change verb in the present, imperfect or future -------------

@pytest.mark.parametrize("text", [
    "Sa recette grimpe de 30,2 à 31,8 millions d'euros, une progression de 11 % qui tient aux loyers.\n",
    "Le nombre d'élèves recule de 1 200 à 1 100, une baisse de 15 %.\n",
    "Les recettes progressaient de 40 à 44 millions d'euros, soit une hausse de 20 %.\n",
    "L'effectif augmentera de 300 à 330 agents, soit une hausse de 20 %.\n",
])
def test_num305_present_change_verb_fires(text):
    assert codes(text, "NUM305", path="a.txt") == ["NUM305"]


@pytest.mark.parametrize("text", [
    # the change right
    "Sa recette grimpe de 30,2 à 31,8 millions d'euros, une progression de 5 % qui tient aux loyers.\n",
    # the percent another measure, in another sentence
    "Sa recette grimpe de 30,2 à 31,8 millions d'euros. Le budget total progresse de 11 %.\n",
    # a range of shares: the size of the change, not two values
    "Le taux grimpe de 2 à 3 %, une progression de 12 % des recettes.\n",
    # « une baisse de 10 à 15 % »: a noun, the size of the fall
    "Les ventes affichent une baisse de 10 à 15 %, soit une chute de 40 % du chiffre d'affaires.\n",
])
def test_num305_present_change_verb_quiet(text):
    assert codes(text, "NUM305", path="a.txt") == []


# --- NUM303: a « dont » part, where it is (« dans les 39 collèges »), then its share -----------

@pytest.mark.parametrize("text", [
    "L'hôpital emploie 3 150 soignants, dont 900 dans les 12 services d'urgence, soit 40 % de l'effectif, "
    "et 600 en pédiatrie.\n",
    "L'hôpital emploie 3 150 soignants, dont 900 dans les 12 services d'urgence, soit 40 %.\n",
    "L'hôpital emploie 3 150 soignants, dont 900 aux urgences, soit 40 % du total.\n",
    "L'hôpital emploie 3 150 soignants, dont 900 aux urgences, soit 40 % de l'effectif.\n",
])
def test_num303_dont_part_placed_fires(text):
    assert codes(text, "NUM303", path="a.txt") == ["NUM303"]


@pytest.mark.parametrize("text", [
    # right
    "L'hôpital emploie 3 150 soignants, dont 900 dans les 12 services d'urgence, soit 29 % de l'effectif.\n",
    # a share of the places, not of the staff
    "L'hôpital emploie 3 150 soignants, dont 900 dans les 12 services, soit 40 % des services du pays.\n",
    # another whole named
    "L'hôpital emploie 3 150 soignants, dont 900 aux urgences, soit 40 % de l'effectif national.\n",
    # « pour les 12 services »: not where they are, unsure
    "L'hôpital emploie 3 150 soignants, dont 900 pour les 12 services, soit 40 %.\n",
    # an earlier count gives the share as written: « l'effectif » may be the group's
    "Le groupe compte 2 250 soignants. L'hôpital en emploie 1 500, dont 900 aux urgences, "
    "soit 40 % de l'effectif.\n",
])
def test_num303_dont_part_placed_quiet(text):
    assert codes(text, "NUM303", path="a.txt") == []


# --- NUM303: « dont N …, qui en représentent (ainsi) P % / les deux tiers » -------------------

@pytest.mark.parametrize("text", [
    "Le salon réunissait 240 exposants, dont 60 venus d'Asie, qui en représentaient ainsi près de la moitié.\n",
    "Le salon réunit 240 exposants, dont 60 venus d'Asie, qui en représentent 40 %.\n",
    "Le salon réunit 240 exposants, dont 60 venus d'Asie, qui en constituent donc les deux tiers.\n",
    "Le salon réunit 240 exposants, dont 60 venus d'Asie, qui en forment plus de la moitié.\n",
])
def test_num303_dont_en_represente_fires(text):
    assert codes(text, "NUM303", path="a.txt") == ["NUM303"]


@pytest.mark.parametrize("text", [
    # right
    "Le salon réunissait 240 exposants, dont 60 venus d'Asie, qui en représentaient ainsi un quart.\n",
    "Le salon réunit 240 exposants, dont 60 venus d'Asie, qui en représentent 25 %.\n",
    # a share of something else
    "Le salon réunit 240 exposants, dont 60 venus d'Asie, qui en représentent 40 % du chiffre d'affaires.\n",
    "Le salon réunit 240 exposants, dont 60 venus d'Asie, qui en représentent la moitié des ventes.\n",
    # two parts: the share may be of their sum
    "Le salon réunit 240 exposants, dont 60 venus d'Asie et 60 d'Afrique, qui en représentent la moitié.\n",
])
def test_num303_dont_en_represente_quiet(text):
    assert codes(text, "NUM303", path="a.txt") == []


# --- NUM302: named parts taken up by « en » after the whole told in the sentence before -------

@pytest.mark.parametrize("text", [
    "Samedi, 58 incendies ont été signalés dans le département. Nîmes en concentre 30, Alès 19 et Uzès 14.\n",
    "Samedi, 58 incendies ont été signalés. Nîmes en a recensé 30, Alès 19, Uzès 14, où un hangar a brûlé.\n",
    "Samedi, 58 incendies ont été signalés. Nîmes en totalise 30, Saint-Gilles 19 et Uzès 14.\n",
])
def test_num302_named_en_parts_fire(text):
    assert codes(text, "NUM302", path="a.txt") == ["NUM302"]


@pytest.mark.parametrize("text", [
    # parts within the whole
    "Samedi, 58 incendies ont été signalés dans le département. Nîmes en concentre 30, Alès 19 et Uzès 9.\n",
    # two counts before: which one « en » takes up is unsure
    "Samedi, 58 incendies ont été signalés et 70 pompiers mobilisés. Nîmes en concentre 30, Alès 19 et Uzès 14.\n",
    # the count before is itself a part (a share of a total): the names share that total
    "Nîmes concentre à elle seule 58 incendies, soit près de la moitié du total. Alès en a compté 30, "
    "Uzès 19 et Beaucaire 14.\n",
])
def test_num302_named_en_parts_quiet(text):
    assert codes(text, "NUM302", path="a.txt") == []


# --- NUM305: « A. Un an plus tôt, … B : le recul atteint donc P % » across two sentences -----

@pytest.mark.parametrize("text", [
    "Le musée a accueilli 46 000 visiteurs en 2025. Un an plus tôt, leur nombre atteignait 50 000 : "
    "le recul atteint donc près de 15 % sur un an.\n",
    "Le musée a accueilli 46 000 visiteurs en 2025. Un an auparavant, il en avait reçu 50 000 : "
    "la baisse est ainsi de 15 %.\n",
    "Le musée a accueilli 46 000 visiteurs en 2025. Trois ans plus tôt, il en avait reçu 40 000 : "
    "la hausse atteint 30 %.\n",
])
def test_num305_colon_change_noun_across_fires(text):
    assert codes(text, "NUM305", path="a.txt") == ["NUM305"]


@pytest.mark.parametrize("text", [
    # right
    "Le musée a accueilli 46 000 visiteurs en 2025. Un an plus tôt, leur nombre atteignait 50 000 : "
    "le recul atteint donc 8 % sur un an.\n",
    # the span told is not the step back: another base
    "Le musée a accueilli 46 000 visiteurs en 2025. Trois ans plus tôt, il en avait reçu 50 000 : "
    "la baisse est ainsi de 15 % sur un an.\n",
    # two counts in the earlier sentence: which one is unsure
    "Le musée a accueilli 46 000 visiteurs en 2025. Un an plus tôt, il en avait reçu 50 000 et 9 000 scolaires : "
    "le recul atteint donc 15 %.\n",
    # no earlier moment opening the sentence
    "Le musée a accueilli 46 000 visiteurs en 2025. Le musée voisin en a reçu 50 000 : "
    "la baisse atteint 15 %.\n",
])
def test_num305_colon_change_noun_across_quiet(text):
    assert codes(text, "NUM305", path="a.txt") == []
