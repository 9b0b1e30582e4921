"""NUM201 on a sum's noun with a complement that only restates it (« un excédent de revenus de »,
the measure stage's note 'measure'): a headline's plain « excédent » is the same measure."""
from __future__ import annotations

import pytest

from numlint.engine import Settings, lint

_BODY = ("Les comptes 2023 de Nyon, présentés lundi, affichent un excédent {of} de 7,8 millions de "
         "francs, alors que le budget prévoyait un déficit de 3,1 millions.\n"
         "La Municipalité appelle à la prudence.\n")


@pytest.mark.parametrize("title,of,fires", [
    # the headline's digits swapped
    ("Nyon : les comptes bouclent sur un excédent de 8,7 millions de francs", "de revenus", True),
    ("Nyon : les comptes bouclent sur un excédent de 8,7 millions de francs", "de recettes", True),
    # the same value: quiet
    ("Nyon : les comptes bouclent sur un excédent de 7,8 millions de francs", "de revenus", False),
    # a surplus of charges is a deficit; another complement, another measure
    ("Nyon : les comptes bouclent sur un excédent de 8,7 millions de francs", "de charges", False),
    ("Nyon : les comptes bouclent sur un excédent de 8,7 millions de francs", "de trésorerie", False),
])
def test_headline_surplus_against_surplus_of_revenue(title, of, fires):
    found = lint(title + "\n" + _BODY.format(of=of), path="a.txt", settings=Settings(select=["NUM201"]))
    assert [(d.code, d.line) for d in found] == ([("NUM201", 1)] if fires else [])
