"""Round 48's misses (w48c), in sentences of our own: NUM501 « environ » on a temperature scale,
NUM201 counts attributed to the same source."""
from __future__ import annotations

import pytest

from _lint_kit import codes


def _t(sentence: str) -> str:
    return "Vague de chaleur\n" + sentence + "\n"


# NUM501: « près de 105 °F » is not 10 % wide on a scale whose zero is arbitrary

@pytest.mark.parametrize("s", [
    "Le mercure a atteint 44,8 °C (près de 101 °F) à Séville mardi.",
    "À Cordoue, on a mesuré 47 °C, soit environ 106 °F, un record.",
    "Il faisait 30 °C (quelque 100 °F) à l'ombre.",
    "Le thermomètre affichait 12 °C (près de 62 °F) au lever du jour.",
])
def test_approximate_temperature_conversion_far_off_fires(s):
    assert codes(_t(s), "NUM501") == ["NUM501"]


@pytest.mark.parametrize("s", [
    "Le mercure est monté jusqu'à 40 °C (104 °F) à Séville mardi.",
    "Le mercure est monté jusqu'à 35 °C (près de 95 °F) à Séville mardi.",
    "À Cordoue, on a mesuré 41,3 °C, soit environ 106 °F, un record.",
    "Il faisait environ 38 °C (quelque 100 °F) à l'ombre.",
    "Le thermomètre affichait 12 °C (près de 54 °F) au lever du jour.",
    "La nuit, il faisait autour de -4 °C (environ 25 °F) sur le plateau.",
    "La coulée sortait à quelque 1 150 °C (environ 2 100 °F) du cratère.",
    "La température a grimpé de 3 °C (environ 5 °F) en une semaine.",
])
def test_approximate_temperature_conversion_close_enough_quiet(s):
    assert codes(_t(s), "NUM501") == []
