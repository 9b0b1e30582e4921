"""Holdout 35 (f35b): parts lists whose later items drop the verb, « Parmi eux » of people,
shares told by « ce qui représente » and « une proportion de »."""
from __future__ import annotations

import pytest

from _lint_kit import codes

H = "Bilan de la saison\n\n"

GAPPED = [
    # the later parts drop the verb of the first, and keep its preposition
    ("Sur les 1 100 saisonniers embauchés, 640 travaillaient à la cueillette des abricots ou des "
     "pêches, 310 à l'emballage et 210 à la vente directe.", ["NUM302"]),
    ("Sur les 1 100 saisonniers embauchés, 640 travaillaient à la cueillette des abricots ou des "
     "pêches, 310 à l'emballage et 150 à la vente directe.", []),
    ("Sur les 900 randonneurs secourus cet été, 520 souffraient de fatigue, de crampes ou "
     "d'entorses, 260 d'une chute sur les rochers et 180 d'un malaise lié à la chaleur.", ["NUM302"]),
    # the same lists that add up: quiet
    ("Sur les 900 randonneurs secourus cet été, 520 souffraient de fatigue, de crampes ou "
     "d'entorses, 260 d'une chute sur les rochers et 120 d'un malaise lié à la chaleur.", []),
    # « 260 de plus »: a gap, not a part
    ("Sur les 900 randonneurs secourus cet été, 520 souffraient de fatigue, de crampes ou "
     "d'entorses, 460 de plus qu'au cours de la saison précédente.", []),
    # a later figure with a verb of its own starts another clause
    ("Sur les 900 randonneurs secourus cet été, 520 souffraient de fatigue, de crampes ou "
     "d'entorses, et 460 ont été hélitreuillés depuis les crêtes.", []),
]


@pytest.mark.parametrize("text,expected", GAPPED)
def test_num302_gapped_list(text, expected):
    assert codes(H + text + "\n", "NUM302") == expected


PARMI = [
    # « Parmi eux, » takes up the one count of people of the sentence before; the later part drops
    # the verb and keeps the place preposition
    ("La coopérative regroupe 420 pêcheurs. Parmi eux, 260 ont leur bateau amarré dans le port de "
     "Grande-Anse, et 190 dans celui de Caraquet.", ["NUM302"]),
    ("Le service emploie 350 infirmières. Parmi elles, 210 travaillent à temps plein et 160 à temps "
     "partiel.", ["NUM302"]),
    # the parts fit
    ("La coopérative regroupe 420 pêcheurs. Parmi eux, 260 ont leur bateau amarré dans le port de "
     "Grande-Anse, et 150 dans celui de Caraquet.", []),
    # a count of things: « eux » may take up a whole told earlier
    ("Le port a accueilli 420 navires. Parmi eux, 260 ont leur mouillage dans la rade nord, et 190 "
     "dans la rade sud.", []),
    # two counts in the sentence before: which is the whole? quiet
    ("La coopérative regroupe 420 pêcheurs et 35 mareyeurs. Parmi eux, 260 ont leur bateau amarré "
     "dans le port de Grande-Anse, et 190 dans celui de Caraquet.", []),
]


@pytest.mark.parametrize("text,expected", PARMI)
def test_num302_parmi_eux_people(text, expected):
    assert codes(H + text + "\n", "NUM302") == expected


SHARE = [
    # « , ce qui représente N % »: a share of the count just told, as after « soit »
    ("L'école accueille 480 élèves. Parmi eux, 150 déjeunent à la cantine chaque midi, ce qui "
     "représente 45 % des effectifs.", ["NUM303"]),
    ("Au total, 2 400 dossiers ont été déposés. Sur ce total, 960 ont été acceptés, une proportion "
     "de 60 %, selon la préfecture.", ["NUM303"]),
    # the share that fits
    ("L'école accueille 480 élèves. Parmi eux, 150 déjeunent à la cantine chaque midi, ce qui "
     "représente 31 % des effectifs.", []),
    ("Au total, 2 400 dossiers ont été déposés. Sur ce total, 960 ont été acceptés, une proportion "
     "de 40 %, selon la préfecture.", []),
    # a share of a base the article does not give
    ("Le canton compte 32 000 chômeurs, ce qui représente 6,2 % de la population active.", []),
    # a change, not a share
    ("L'école accueille 480 élèves. Parmi eux, 150 déjeunent à la cantine chaque midi, ce qui "
     "représente une hausse de 45 % en un an.", []),
    # no comma: « ce qui représente » is not a restatement of the count before
    ("L'école accueille 480 élèves. Parmi eux, 150 déjeunent à la cantine chaque midi et le "
     "repas coûte 4 euros, montant qui représente 45 % du prix réel.", []),
]


@pytest.mark.parametrize("text,expected", SHARE)
def test_num303_restated_share(text, expected):
    assert codes(H + text + "\n", "NUM303") == expected


NAMED = [
    # « au Cents », a quarter's name, is no figure: the one count of the sentence before stays the
    # whole of « Sur ce total, »
    ("La commune construira 800 logements d'ici 2030, répartis entre la Gare, le Limpertsberg et "
     "le Cents. Sur ce total, 200 seront des logements sociaux, une proportion de 40 %.", ["NUM303"]),
    ("La commune construira 800 logements d'ici 2030, répartis entre la Gare, le Limpertsberg et "
     "le Cents. Sur ce total, 200 seront des logements sociaux, une proportion de 25 %.", []),
    # two counts in the sentence before: which is the total? quiet
    ("La commune construira 800 logements et 300 places de crèche d'ici 2030. Sur ce total, 200 "
     "seront des logements sociaux, une proportion de 40 %.", []),
]


@pytest.mark.parametrize("text,expected", NAMED)
def test_num303_named_cents_no_figure(text, expected):
    assert codes(H + text + "\n", "NUM303") == expected


@pytest.mark.parametrize("text,figures", [
    ("Le chantier du Cents avance.", []),
    ("L'action a gagné des cents, pas des dollars.", []),
    ("Deux cents salariés et quatre-vingts cadres sont concernés.", ["Deux cents", "quatre-vingts"]),
    ("Le ticket coûte 40 cents.", ["40 cents"]),
])
def test_bare_plural_cents_is_no_number(text, figures):
    from numlint import document, engine
    found, _ = engine.analyse(document.parse(H + text + "\n", "a.txt"))
    assert [f.text for f in found.figures if f.kind != "date"] == figures
