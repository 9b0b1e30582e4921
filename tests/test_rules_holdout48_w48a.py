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
