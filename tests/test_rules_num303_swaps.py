"""NUM303: a share whose two neighbouring digits were swapped (« 63,0 % » for 36,0 %), when its part
and the count it is a share of are given, the whole a few words away or earlier in the article."""
import pytest

from numlint.engine import Settings, lint


def run(body: str, lang: str = "fr"):
    text = "Titre de l'article\nUn chapeau sans chiffre.\n" + body + "\n"
    return lint(text, path="article.txt", settings=Settings(select=["NUM3"], lang=lang))


def codes(body: str):
    return [d.code for d in run(body)]


SALES = "Au premier semestre, 9 640 logements ont été vendus dans la métropole. "
FILES = "Au total, 3 200 demandes ont été enregistrées, dont 1 152 par des salariés de moins de 30 ans, "


@pytest.mark.parametrize("body,expected", [
    # a count without its noun, a share « du total » with decimals: the whole given earlier
    (SALES + "Parmi eux, 3 470 sont des maisons, soit 63,0 % du total.", ["NUM303"]),
    (SALES + "Parmi eux, 3 470 sont des maisons, soit 36,0 % du total.", []),
    # a « dont » part, an age bound between it and its share: the share restates the part
    (FILES + "soit 63 % des demandeurs.", ["NUM303"]),
    (FILES + "soit 36 % des demandeurs.", []),
    ("La commune compte 4 800 électeurs inscrits, dont 1 296 jeunes électeurs, soit 72 % des inscrits.",
     ["NUM303"]),
    ("La commune compte 4 800 électeurs inscrits, dont 1 296 jeunes électeurs, soit 27 % des inscrits.", []),
    # decimals swapped, the whole in an earlier sentence
    ("La fédération revendique 52 300 licenciés. Cette saison, 18 410 joueurs ont rejoint un club, "
     "soit 53,2 % des licenciés.", ["NUM303"]),
    ("La fédération revendique 52 300 licenciés. Cette saison, 18 410 joueurs ont rejoint un club, "
     "soit 35,2 % des licenciés.", []),
])
def test_swapped_share_of_a_given_count(body, expected):
    assert codes(body) == expected


@pytest.mark.parametrize("body", [
    # wrong, but no swap of the right share: which whole is meant is unsure
    SALES + "Parmi eux, 3 470 sont des maisons, soit 47,0 % du total.",
    # another earlier count gives the share as written (3 470 / 5 508 = 63,0 %)
    "Au premier semestre, 9 640 logements ont été vendus dans la métropole, et 5 508 dans le "
    "département voisin. Parmi eux, 3 470 sont des maisons, soit 63,0 % du total.",
    # a share naming no whole, of a count without a noun
    SALES + "Parmi eux, 3 470 sont des maisons, soit 63,0 %.",
    # another moment
    SALES + "Parmi eux, 3 470 sont des maisons, contre 63,0 % du total l'an dernier.",
    # an approximate part
    "Au total, 3 200 demandes ont été enregistrées. Les salariés de moins de 30 ans en ont déposé "
    "près de 1 152, soit 63 % des demandeurs.",
    # a rounded count gives the swap only at one end of its reading (146.300 / 214.000 = 68,4 %)
    "Le parc compte 214.000 logements et 257.600 résidences. Parmi elles, 146.300 sont louées, "
    "soit 68,5 % du total.",
    # two counts may be the whole, each with a swap: unsure
    "La commune compte 4 800 électeurs inscrits et 4 860 habitants majeurs, dont 1 296 jeunes "
    "électeurs, soit 72 % des inscrits.",
])
def test_swapped_share_near_misses_stay_quiet(body):
    assert codes(body) == []
