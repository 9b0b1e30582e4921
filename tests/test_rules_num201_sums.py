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


_CONVERTED = ("Commerce extérieur : le Maroc creuse son déficit\n"
              "La facture pétrolière pèse lourd sur le solde, {lede} 14 milliards de dollars.\n\n"
              "Selon l'Office des changes, le déficit commercial du royaume s'est creusé de 9 % "
              "en 2025.\n\n"
              "Les transferts des Marocains résidant à l'étranger ont rapporté 118 milliards de "
              "dirhams, soit {body} 11 milliards de dollars.\n")


@pytest.mark.parametrize("lede,body,fires", [
    # « l'équivalent de » converts a sum told in another currency: it names no measure, and
    # two conversions of two different sums are not one value
    ("qui atteint l'équivalent de", "l'équivalent d'environ", False),
    ("qui représente l'équivalent de", "l'équivalent de", False),
    ("avec la contre-valeur de", "la contre-valeur de", False),
    # a noun on both sides: one measure, two values
    ("avec un déficit de", "un déficit de", True),
    ("avec un déficit de", "un déficit d'environ", True),
])
def test_a_conversion_names_no_measure(lede, body, fires):
    found = lint(_CONVERTED.format(lede=lede, body=body), path="a.txt",
                 settings=Settings(select=["NUM201"]))
    assert [(d.code, d.line) for d in found] == ([("NUM201", 2)] if fires else [])
