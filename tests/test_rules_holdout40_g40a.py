"""Holdout 40 (g40a): patterns behind the false alarms of the fortieth round, in our own words."""
from __future__ import annotations

from _lint_kit import codes


def _art(sentence: str) -> str:
    return f"Bilan de la saison\n\nLes chiffres sont connus.\n\n{sentence} Les élus sont satisfaits.\n"


# NUM305: « en hausse : N » after a colon is a new level, not the amount of the change

def test_num305_change_amount_after_de_still_fires():
    text = _art("La piscine a accueilli 4 735 nageurs cet été, contre 4 120 l'an dernier, "
                "soit une hausse de 25 %.")
    assert codes(text, "NUM305", path="a.txt") == ["NUM305"]


def test_num305_colon_after_rising_noun_opens_a_level():
    text = _art("Rapportée aux jours d'ouverture, 90 cette année contre 100 l'an dernier, la "
                "fréquentation moyenne est en hausse : environ 700 baigneurs par jour, contre 650 "
                "l'an passé.")
    assert codes(text, "NUM305", path="a.txt") == []


def test_num305_colon_after_falling_noun_opens_a_level():
    text = _art("Le club compte 310 licenciés, contre 340 en 2024, une baisse : 20 licenciés.")
    assert codes(text, "NUM305", path="a.txt") == []


def test_num305_colon_level_beside_its_own_pair_is_quiet():
    text = _art("Sur les jours d'ouverture, 90 cette année contre 100 en 2024, la fréquentation "
                "reste en hausse : 700 baigneurs par jour.")
    assert codes(text, "NUM305", path="a.txt") == []


# NUM305: the amount of a change noun is the figure its « de » introduces, not one after « malgré »,
# « grâce à », « avec », « après », « en raison de »

def test_num305_amount_after_de_fires_despite_a_malgre_clause():
    text = _art("La foire a attiré 1 412 000 visiteurs, contre 1 437 000 l'an dernier, un recul de "
                "30 000 malgré quatre jours d'orage.")
    assert codes(text, "NUM305", path="a.txt") == ["NUM305"]


def test_num305_figure_after_malgre_is_no_amount():
    text = _art("La piscine a accueilli 1 412 000 nageurs cet été, contre 1 437 000 l'an dernier, "
                "un recul limité malgré trois journées de pluie.")
    assert codes(text, "NUM305", path="a.txt") == []


def test_num305_figure_after_grace_a_is_no_amount():
    text = _art("La foire a attiré 1 437 000 visiteurs, contre 1 412 000 l'an dernier, une hausse "
                "grâce à deux nouveaux concerts.")
    assert codes(text, "NUM305", path="a.txt") == []


def test_num305_figure_after_avec_or_apres_is_no_amount():
    for tail in ("un recul modeste avec quatre bassins fermés.", "une baisse après deux étés records."):
        text = _art(f"La piscine a accueilli 4 120 nageurs cet été, contre 4 735 l'an dernier, {tail}")
        assert codes(text, "NUM305", path="a.txt") == []
