"""Round 48 misses fixed by their pattern (helper w48a): sentences written for the tests."""
from __future__ import annotations

import pytest

from _lint_kit import codes


# 1. « Sur les M <unité>, N … »: a bare count right after the comma takes the whole's unit; its
#    share told by a fraction word (or a percentage) is checked against M.
@pytest.mark.parametrize("text", [
    "Sur les 50 000 hectares plantés, 12 000 sont des vignes, soit près des deux tiers.",
    "Sur ces 50 000 hectares, 12 000 étaient en jachère, soit la moitié.",
    "Sur les 8 000 tonnes livrées, 1 500 ont été refusées, soit plus de la moitié.",
    "Sur les 50 000 hectares plantés, 12 000 sont des vignes, soit 40 %.",
])
def test_sur_les_unit_said_once_fraction_fires(text):
    assert codes(text, "NUM303", path="a.txt") == ["NUM303"]


@pytest.mark.parametrize("text", [
    "Sur les 50 000 hectares plantés, 32 000 sont des vignes, soit près des deux tiers.",
    "Sur les 50 000 hectares plantés, 12 000 sont des vignes, soit près d'un quart.",
    "Sur les 50 000 hectares plantés, 12 000 sont des vignes, soit 24 %.",
    "Sur les 42 km du parcours, 12 000 ont pris le départ, soit la moitié des inscrits.",
    "Sur les 50 000 hectares plantés, 3 000 habitants vivent de la vigne, soit près des deux tiers.",
])
def test_sur_les_unit_said_once_fraction_quiet(text):
    assert codes(text, "NUM303", path="a.txt") == []


@pytest.mark.parametrize("text", [
    "Sur les 400 hectares, 90 sont cultivés en bio, soit 22 %, contre 15 % en 2020.",
    "Sur les 400 hectares, 90 hectares sont cultivés en bio, soit 22 %, contre 15 % en 2020.",
])
def test_sur_les_share_contre_other_moment_quiet(text):
    assert codes(text, "NUM303", path="a.txt") == []


# 4. « Parmi elles, (on compte) N … et M … » taking up the one count of the sentence before, when
#    the pronoun's gender is surely that count's noun and no other plural stands in that sentence.
@pytest.mark.parametrize("text", [
    "Le guichet a traité 900 réclamations en un mois. Parmi elles, on compte 600 plaintes pour "
    "retard, parfois anciennes, et 400 demandes de remboursement.",
    "Le guichet a traité 900 réclamations en un mois. Parmi celles-ci, 600 plaintes pour retard et "
    "400 demandes de remboursement.",
    "Le guichet a traité 900 réclamations en un mois. Parmi elles, on dénombre 600 plaintes et 400 "
    "demandes de remboursement.",
    "La ville a livré 300 logements en 2024. Parmi eux, on compte 200 studios et 150 appartements familiaux.",
    "Le club a recruté 120 adhérents cet été. Parmi eux, on compte 80 mineurs et 50 retraités.",
])
def test_parmi_pronoun_parts_exceed_fires(text):
    assert codes(text, "NUM302", path="a.txt") == ["NUM302"]


@pytest.mark.parametrize("text", [
    # the parts within their whole
    "Le guichet a traité 900 réclamations en un mois. Parmi elles, on compte 600 plaintes pour "
    "retard et 200 demandes de remboursement.",
    # another plural the pronoun may stand for
    "Les mairies ont déposé 900 réclamations en un mois. Parmi elles, on compte 600 plaintes et 400 demandes.",
    # the pronoun's gender is not surely the count's noun
    "Le guichet a traité 900 dossiers en un mois. Parmi elles, on compte 600 plaintes et 400 demandes.",
    # two counts before: which one?
    "Le guichet a traité 900 réclamations et 300 appels. Parmi elles, on compte 600 plaintes et 400 demandes.",
])
def test_parmi_pronoun_parts_quiet(text):
    assert codes(text, "NUM302", path="a.txt") == []


def test_parmi_pronoun_things_with_contre_value_quiet():
    text = ("Le guichet a traité 900 réclamations en un mois, contre 700 un an plus tôt. Parmi elles, "
            "on compte 600 plaintes et 400 demandes de remboursement.")
    assert codes(text, "NUM302", path="a.txt") == []


# 3. « B, P % de mieux / de plus / de moins que (les) A », « …, P % au-dessus des A », « …, en
#    hausse de P % sur les A / par rapport aux A », « …, P % de plus qu'en 2024 (A) »: a change
#    from A to B, checked.
@pytest.mark.parametrize("text", [
    "Le bénéfice atteint 330 millions d'euros, 35 % de mieux que les 300 millions de l'an dernier.",
    "Le bénéfice atteint 330 millions d'euros, 35 % de plus qu'en 2024 (300 millions).",
    "Le bénéfice atteint 330 millions d'euros, soit 35 % de plus que les 300 millions de 2024.",
    "Le bénéfice atteint 330 millions d'euros, 35 % au-dessus des 300 millions de 2024.",
    "Le bénéfice atteint 330 millions d'euros, en hausse de 35 % sur les 300 millions de 2024.",
    "Le bénéfice atteint 330 millions d'euros, en hausse de 35 % par rapport aux 300 millions de 2024.",
    "Les ventes tombent à 255 millions d'euros, 25 % de moins que les 300 millions de 2024.",
    "La fédération compte 330 clubs, 35 % de plus que les 300 de 2024.",
])
def test_compared_percent_change_fires(text):
    assert codes(text, "NUM305", path="a.txt") == ["NUM305"]


@pytest.mark.parametrize("text", [
    "Le bénéfice atteint 330 millions d'euros, 10 % de mieux que les 300 millions de l'an dernier.",
    "Les ventes tombent à 255 millions d'euros, 15 % de moins que les 300 millions de 2024.",
    "Le bénéfice atteint 330 millions d'euros, 35 % de plus que prévu par les analystes.",
    "Les ventes atteignent 330 millions d'euros, en hausse de 35 % sur les douze derniers mois.",
    "La fédération compte 330 clubs cette année, 35 % de plus que les 300 de 2024.",
    "Le taux atteint 12 %, 2 points de plus que les 10 % de 2024.",
])
def test_compared_percent_change_quiet(text):
    assert codes(text, "NUM305", path="a.txt") == []


# 2. « N de ces <nom> » takes up the one count that noun names in the sentence before (its own
#    noun, or the noun before it: « la fermeture de 120 agences »); a share of it is checked.
@pytest.mark.parametrize("text", [
    "La banque annonce la fermeture de 120 agences d'ici à 2028, sur les 900 que compte son réseau. "
    "L'Occitanie concentrera 30 de ces fermetures, soit 40 % du plan.",
    "La banque annonce 120 fermetures d'agences. L'Occitanie concentrera 30 de ces fermetures, soit 40 % du total.",
    "La banque fermera 120 agences cette année. Le Sud-Ouest perdra 30 de ces agences, soit 40 % du plan.",
])
def test_these_of_share_fires(text):
    assert codes(text, "NUM303", path="a.txt") == ["NUM303"]


@pytest.mark.parametrize("text", [
    "La banque annonce la fermeture de 120 agences d'ici à 2028, sur les 900 que compte son réseau. "
    "L'Occitanie concentrera 30 de ces fermetures, soit 25 % du plan.",
    # the noun names two counts: of both
    "La banque annonce la fermeture de 120 agences et de 40 guichets. L'Occitanie concentrera 30 de "
    "ces fermetures, soit 40 % du plan.",
    # no count of that noun before
    "La banque compte 900 agences. L'Occitanie concentrera 30 de ces fermetures, soit 40 % du plan.",
])
def test_these_of_share_quiet(text):
    assert codes(text, "NUM303", path="a.txt") == []


def test_parmi_pronoun_lone_part_of_things_quiet():
    # a lone part of a count of things: « du total » may be another whole's
    text = ("Le guichet a traité 900 réclamations en un mois. Parmi elles, 600 portent sur des retards, "
            "soit 40 % du total.")
    assert codes(text, "NUM303", path="a.txt") == []
