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
