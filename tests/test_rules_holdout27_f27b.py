"""NUM305 on the twenty-seventh holdout's misses, by pattern: two values rounded to the same unit
(« de 12 000 à 15 000 ») no longer let a stated change reach the extreme corner of both roundings
at once; a change the exact values could give stays quiet."""
import pytest

from numlint.engine import Settings, lint


def codes(text: str, select: str):
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=[select]))]


@pytest.mark.parametrize("text,expected", [
    # 25 % stated as 35 %: only 11 500 -> 15 499 would give it
    ("Le public du festival est passé de 12 000 l'an dernier à 15 000 cette année, soit une "
     "hausse de 35 %.\n", ["NUM305"]),
    ("La fréquentation du musée est passée de 12 000 visiteurs en 2024 à 15 000 en 2025, soit "
     "une progression de 35 %.\n", ["NUM305"]),
    ("Le nombre d'abonnés est passé de 12 000 à 15 000, soit une hausse de 35 %.\n", ["NUM305"]),
    ("Les effectifs sont passés de 8 000 à 6 000 en dix ans, soit une baisse de 35 %.\n", ["NUM305"]),
    # quiet: the true change, and one the exact values could well give (11 600 -> 15 400)
    ("Le public du festival est passé de 12 000 l'an dernier à 15 000 cette année, soit une "
     "hausse de 25 %.\n", []),
    ("Le nombre d'abonnés est passé de 12 000 à 15 000, soit une hausse de 33 %.\n", []),
    ("Les effectifs sont passés de 8 000 à 6 000 en dix ans, soit une baisse de 25 %.\n", []),
    # quiet: « environ » widens the rounding as before
    ("Le public est passé d'environ 12 000 à environ 15 000 spectateurs, soit une hausse de 35 %.\n",
     []),
])
def test_change_between_rounded_values(text, expected):
    assert codes(text, "NUM305") == expected
