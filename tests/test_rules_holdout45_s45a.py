"""Round 45 (s45a): patterns behind the misses of unseen articles, in sentences of our own."""
from __future__ import annotations

import pytest

from _lint_kit import codes


def _t(body: str) -> str:
    return "Bilan de l'année\n\n" + body + "\n"


# NUM305: a fraction change noun restating a « passé de A à B » pair, led by « ce qui représente »,
# « ce qui correspond à », « c'est-à-dire » (e366)
@pytest.mark.parametrize("body", [
    "Les cambriolages sont passés de 4 120 à 3 610 faits, ce qui représente une baisse d'un quart.",
    "Les cambriolages sont passés de 4 120 à 3 610 faits, c'est-à-dire une baisse d'un quart.",
    "Les cambriolages sont passés de 4 120 à 3 610 faits, ce qui correspond à une baisse d'un quart.",
    "Les cambriolages sont passés de 4 120 à 3 610 faits, ce qui équivaut à un recul d'un quart.",
    "Le trafic est passé de 610 à 910 trains, ce qui représentait une hausse d'un tiers.",
])
def test_restated_fraction_change_fires(body):
    assert codes(_t(body), "NUM305", path="a.txt") == ["NUM305"]


@pytest.mark.parametrize("body", [
    "Les cambriolages sont passés de 4 120 à 3 090 faits, ce qui représente une baisse d'un quart.",
    "Le trafic est passé de 610 à 810 trains, ce qui représentait une hausse d'un tiers.",
    "Les cambriolages sont passés de 4 120 à 3 610 faits, ce qui représente une baisse de près d'un quart.",
    "Les cambriolages sont passés de 4 120 à 3 610 faits, ce qui représente une baisse d'un quart par rapport à 2019.",
    "Les cambriolages sont passés de 4 120 à 3 610 faits, ce qui représente une baisse d'un quart depuis 2015.",
])
def test_restated_fraction_change_quiet(body):
    assert codes(_t(body), "NUM305", path="a.txt") == []


# NUM305: « Par rapport aux A (de MOMENT), la hausse atteint P % », the new value the one count of
# its kind in the sentence before (e369)
_NOW = "Les bus ont transporté 4,35 millions de voyageurs en 2026. "


@pytest.mark.parametrize("body", [
    _NOW + "Par rapport aux 4,1 millions de 2025, la hausse atteint 12 %.",
    "Les bus ont transporté 4,35 millions de voyageurs cet été. Comparé aux 4,1 millions de l'été "
    "dernier, la progression est de 12 %, un record.",
    "Les bus ont transporté 3,88 millions de voyageurs cet hiver. Par rapport aux 4,1 millions de "
    "l'hiver 2025, la baisse s'établit à 12 %.",
    "Les bus ont transporté 4,35 millions de voyageurs. Par rapport aux 4,1 millions de 2025, la "
    "hausse atteignait 12 %.",
])
def test_compared_opening_fires(body):
    assert codes(_t(body), "NUM305", path="a.txt") == ["NUM305"]


@pytest.mark.parametrize("body", [
    _NOW + "Par rapport aux 4,1 millions de 2025, la hausse atteint 6 %.",
    "En 2024, les bus ont transporté 4,35 millions de voyageurs. Par rapport aux 4,1 millions de "
    "2025, la hausse atteint 12 %.",
    "Les bus ont transporté 4,35 millions de voyageurs en 2026, dont 1,2 million la nuit. Par "
    "rapport aux 4,1 millions de 2025, la hausse atteint 12 %.",
    _NOW + "Par rapport aux 4,1 millions de 2025, la hausse atteint 12 % sur les lignes de nuit.",
    _NOW + "Par rapport aux 4,1 millions d'habitants, la hausse atteint 12 %.",
    _NOW + "Rapporté aux 4,1 millions de 2025, la hausse atteint 12 %.",
])
def test_compared_opening_quiet(body):
    assert codes(_t(body), "NUM305", path="a.txt") == []
