"""Thirty-fifth holdout (f35a): vote tallies, headline figures told again in the body."""
import pytest

from _lint_kit import codes

HEAD = "Titre de l'article\nUn chapeau sans chiffre.\n"


def num305(body: str) -> list[str]:
    return codes(HEAD + body + "\n", "NUM305")


@pytest.mark.parametrize("body,expected", [
    # « par N voix contre M »: the two sides of one vote, not a before and an after
    ("Par 23 voix contre 8, l'assemblée a voté jeudi une enveloppe de 2,6 millions d'euros, "
     "en hausse de 4 % sur celle de l'an passé.", []),
    ("Adopté par 412 suffrages contre 97, le plan prévoit 150 agents de plus, une hausse de 12 %.", []),
    # a count of votes compared with an earlier election is a change
    ("La liste a obtenu 1 200 voix contre 900 en 2020, soit une hausse de 20 %.", ["NUM305"]),
    ("La liste a obtenu 1 200 voix, contre 900 en 2020, soit une hausse de 20 %.", ["NUM305"]),
    ("La liste a obtenu 1 200 voix contre 900 en 2020, soit une hausse de 33 %.", []),
])
def test_vote_tally_is_no_change(body, expected):
    assert num305(body) == expected
