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


def num201(title: str, body: str) -> list[str]:
    return codes(title + "\nUn chapeau sans chiffre.\n" + body + "\n", "NUM201")


@pytest.mark.parametrize("title,body,expected", [
    # « sur un effectif (prévu) de N »: the whole the count is taken from, not another value of it
    ("Collèges : 120 postes d'enseignants non pourvus",
     "À la rentrée, l'académie comptait 85 postes d'enseignants non pourvus, sur un effectif "
     "théorique de 4 300.", ["NUM201"]),
    ("Logement : 900 logements vides dans la ville",
     "Le bailleur recense 640 logements vides au 1er janvier, sur un parc de 8 200.", ["NUM201"]),
    # the headline's value told by the body: quiet
    ("Collèges : 85 postes d'enseignants non pourvus",
     "À la rentrée, l'académie comptait 85 postes d'enseignants non pourvus, sur un effectif "
     "théorique de 4 300.", []),
    ("Logement : 640 logements vides dans la ville",
     "Le bailleur recense 640 logements vides au 1er janvier, sur un parc de 8 200.", []),
    # another base noun (« pour un effectif ») is left as it was
    ("Collèges : 120 postes d'enseignants non pourvus",
     "À la rentrée, l'académie comptait 85 postes d'enseignants non pourvus, pour un effectif "
     "théorique de 4 300.", []),
])
def test_base_after_sur_is_no_second_value(title, body, expected):
    assert num201(title, body) == expected


@pytest.mark.parametrize("title,body,expected", [
    # the headline's precise count said again with another noun: the other value is not its slip
    ("Salon du livre : 21 700 visiteurs en quatre jours",
     "Le salon a refermé ses portes avec 21 700 entrées enregistrées. Un premier pointage faisait "
     "état samedi de 19 000 visiteurs.", []),
    ("Carnaval : 64 300 spectateurs sur le parcours",
     "La préfecture a compté 64 300 personnes le long du cortège. Lundi, on annonçait 58 000 "
     "spectateurs.", []),
    # no restatement: the body contradicts the headline
    ("Salon du livre : 21 700 visiteurs en quatre jours",
     "Le salon a refermé ses portes. Les organisateurs ont compté 19 000 visiteurs.", ["NUM201"]),
    # a round figure (two significant digits) met under another noun may be a coincidence
    ("Salon du livre : 21 000 visiteurs en quatre jours",
     "Le salon a refermé ses portes avec 21 000 entrées. Les organisateurs ont compté 18 000 "
     "visiteurs.", ["NUM201"]),
])
def test_headline_count_restated_under_another_noun(title, body, expected):
    assert num201(title, body) == expected
