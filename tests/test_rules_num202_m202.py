"""NUM202 on a standfirst or headline count the body never gives: an order of magnitude in words
(« des dizaines de … ») speaks of a thing without counting it, and a standfirst that sums the
body up may round its sums and take the currency the body said once."""
import pytest

from numlint.engine import Settings, lint


def codes_lines(text: str):
    return [(d.code, d.line) for d in lint(text, path="t.txt", settings=Settings(select=["NUM2"]))]


_MUSEUM = ("Lyon : le musée des Confluences rouvre ses salles après travaux\n"
           "{lede}\n"
           "Fermé depuis 14 mois, le musée a rouvert samedi ses salles permanentes au public.\n"
           "{body}\n")
_LEDE = "Après 14 mois de chantier, 63 artisans ont restauré les vitrines du musée."


@pytest.mark.parametrize("body,codes", [
    # the body speaks of the artisans only as an order of magnitude: it never counts them
    ("Des dizaines d'artisans se sont relayés sur le chantier.", [("NUM202", 2)]),
    ("Plusieurs dizaines d'artisans se sont relayés sur le chantier.", [("NUM202", 2)]),
    ("Des centaines d'artisans se sont relayés sur le chantier.", [("NUM202", 2)]),
    # the body counts them: repeated, or rounded
    ("Les 63 artisans se sont relayés sur le chantier.", []),
    ("Une soixantaine d'artisans se sont relayés sur le chantier.", []),
    # the body never speaks of them, but the standfirst has no other figure of the body's
    ("La restauration a coûté cher.", [("NUM202", 2)]),
])
def test_standfirst_count_against_an_order_of_magnitude(body, codes):
    assert codes_lines(_MUSEUM.format(lede=_LEDE, body=body)) == codes


@pytest.mark.parametrize("title,codes", [
    # an exact headline count is not given by « des dizaines »
    ("Lyon : 63 artisans ont restauré le musée des Confluences", [("NUM202", 1)]),
    # an approximate one may be
    ("Lyon : des dizaines d'artisans ont restauré le musée des Confluences", []),
])
def test_headline_count_against_an_order_of_magnitude(title, codes):
    text = (f"{title}\nLe musée rouvre ses salles samedi.\n"
            "Des dizaines d'artisans se sont relayés pendant 14 mois sur le chantier.\n")
    assert codes_lines(text) == codes
