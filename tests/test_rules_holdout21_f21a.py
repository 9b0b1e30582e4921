"""NUM202, two readings of a headline figure met in the twenty-first holdout: the base of a
proportion told « N sur dix » (« six Québécois sur dix ») is no count of its own; a gap in
percentage points told with a whole number (« un écart de 12 points ») is the body's gap in
points, which the body writes with its decimal (« 12,5 points »)."""
from __future__ import annotations

import pytest

from numlint.engine import Settings, lint


def _found(text, code="NUM202", path="a.txt"):
    return [(d.line, d.message) for d in lint(text, path=path, settings=Settings(select=[code]))]


_POLL = ("{title}\n"
         "\n"
         "Le gouvernement défend son projet malgré la grogne.\n"
         "\n"
         "Selon une enquête publiée mardi, 58 % des personnes interrogées partagent cet avis, "
         "contre 34 % qui pensent le contraire. L'institut a interrogé 1 004 adultes en ligne "
         "du 3 au 5 mars.\n")


@pytest.mark.parametrize("title,fires", [
    # « N sur dix / cent / mille »: the base of a proportion, whatever follows it
    ("Près de six Canadiens sur dix croient que l'inflation va durer", False),
    ("Sept Français sur dix jugent la réforme injuste", False),
    ("Un salarié sur dix dit avoir subi du harcèlement", False),
    ("Plus de six Belges sur dix soutiennent la mesure", False),
    ("Trois patients sur 100 contractent une infection à l'hôpital", False),
    ("Un foyer sur mille reste privé d'électricité", False),
    ("Sondage : six sur dix approuvent la hausse du salaire minimum", False),
    # near misses: a base that is no round proportion base, or « dix » with no numerator
    ("Sept mineurs sur douze secourus au Chili", True),
    ("Le sondage a été mené dans dix villes de province", True),
    ("Quinze députés sur dix-huit votent contre le texte", True),
])
def test_the_base_of_a_proportion_is_no_count(title, fires):
    found = _found(_POLL.format(title=title))
    assert bool(found) == fires, found


_GAP = ("# Votation : le texte sur les retraites rejeté\n"
        "\n"
        "Le texte est rejeté par 53,1 % des votants.\n"
        "\n"
        "## {heading}\n"
        "\n"
        "{body}\n"
        "\n"
        "Le gouvernement prépare déjà une autre réforme.\n")


@pytest.mark.parametrize("heading,body,fires", [
    # the gap the body gives in points, with its decimal
    ("Un fossé de plus de 12 points entre villes et campagnes",
     "Les villes ont dit oui, les campagnes non : un écart de 12,6 points.", False),
    ("Un écart de 9 points entre hommes et femmes",
     "Les femmes ont plus souvent voté non, avec un écart de 8,8 points.", False),
    # or the two shares of one sentence it lies between
    ("Un fossé de plus de 12 points entre Romands et Alémaniques",
     "Les communes francophones ont accepté le texte à 54,6 %, les communes germanophones "
     "l'ont rejeté avec 42,1 % de oui seulement.", False),
    ("Les jeunes devancent les retraités de 15 points",
     "Les moins de 30 ans ont voté oui à 61,2 %, les plus de 65 ans à 46,4 %.", False),
    # near misses: a gap the body's shares or points do not give
    ("Un écart de 20 points entre hommes et femmes",
     "Les femmes ont voté oui à 54,6 %, les hommes à 42,1 %.", True),
    ("Un fossé de plus de 12 points entre villes et campagnes",
     "Entre Genève et Appenzell, l'écart atteint 30,5 points.", True),
    ("Un écart de 9 points entre hommes et femmes",
     "Les femmes ont voté non à 55,2 %. Chez les hommes, le non l'emporte à 52 %.", True),
])
def test_a_gap_in_points_is_the_bodys_gap(heading, body, fires):
    found = _found(_GAP.format(heading=heading, body=body), path="a.md")
    assert bool(found) == fires, found
