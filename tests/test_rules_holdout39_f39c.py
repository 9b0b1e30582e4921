"""Patterns met in the thirty-ninth holdout (f39c): « une décrue de X % » in apposition after
« passés de A à B » (NUM305); a fraction change then « , de A à B » without « passant » (NUM305);
a birthday to come, « fêtera ses N ans en décembre », set against the birth year (NUM404)."""
from datetime import date

import pytest

from numlint.engine import Settings, lint

_NOV_2026 = date(2026, 11, 12)


def codes(text: str, select: str, ref: date | None = _NOV_2026) -> list[str]:
    settings = Settings(select=[select], reference_date=ref)
    return [d.code for d in lint(text, path="a.txt", settings=settings)]


@pytest.mark.parametrize("text,expected", [
    # 1 800 → 1 710 is -5 %, no -12 %
    ("Les demandeurs d'asile accueillis sont passés de 1 800 à 1 710 en un an, une décrue de 12 %.",
     ["NUM305"]),
    # the values give the change
    ("Les demandeurs d'asile accueillis sont passés de 1 800 à 1 710 en un an, une décrue de 5 %.", []),
    ("Les demandeurs d'asile accueillis sont passés de 1 800 à 1 710 en un an, soit une décrue de 5 %.",
     []),
    # a river's recession, no values before and after
    ("La Loire a atteint 5,40 mètres lundi ; une décrue de 30 centimètres est attendue jeudi.", []),
])
def test_decrue_apposition(text, expected):
    assert codes("Social\n" + text + "\n", "NUM305", ref=None) == expected
