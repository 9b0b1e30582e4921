"""NUM201 and NUM303 on patterns met in the thirty-third holdout."""
import pytest

from numlint.engine import Settings, lint


def codes(text: str, select: str, path: str = "article.txt") -> list[str]:
    return [d.code for d in lint(text, path=path, settings=Settings(select=[select]))]


def dated(body: str, heading: str, date: str) -> str:
    return (f"---\ntitle: Bilan annuel\ndate: {date}\n---\n\n# Bilan annuel de la clinique\n\n"
            f"Le rapport d'activité vient de paraître.\n\n## {heading}\n\n{body}\n")


# -- NUM201: a heading count, its moment unsaid (the article's), against a body count of a year ---
# before the article's year: that year's value, another moment
_BIRTHS = ("La maternité a vu naître 1 640 bébés l'an dernier. Le chiffre est en recul par rapport "
           "à {year} ({value} naissances).")


@pytest.mark.parametrize("year,value,date,found", [
    ("2023", "1 690", "2025-03-10", []),
    ("2019", "1 680", "2025-03-10", []),
    # near misses: the body value of the article's own year (or an unsaid one) is the heading's
    ("2025", "1 690", "2025-03-10", ["NUM201"]),
    ("2024", "1 690", "2025-03-10", ["NUM201"]),
])
def test_num201_heading_count_against_an_earlier_year(year, value, date, found):
    text = dated(_BIRTHS.format(year=year, value=value), "1 640 naissances", date)
    assert codes(text, "NUM201", "article.md") == found


def test_num201_heading_count_against_an_undated_body_count_still_fires():
    body = "La maternité a vu naître 1 690 naissances, un chiffre en recul."
    assert codes(dated(body, "1 640 naissances", "2025-03-10"), "NUM201", "article.md") == ["NUM201"]


# -- NUM303: « N sur les M habitants, soit P % »: N is a part of M, as after a bare « sur » --------
def article(body: str) -> str:
    return f"Bilan du recensement\nLes chiffres sont tombés.\n\n{body}\n"


@pytest.mark.parametrize("body,found", [
    ("Les moins de 18 ans sont désormais 4 120 sur les 20 600 habitants, soit 20 % de la "
     "population.", []),
    ("Les frontaliers sont 1 350 sur les 9 000 salariés de la zone, soit 15 % des emplois.", []),
    ("Le club a remporté 12 matchs sur les 30 disputés, soit 40 % de ses rencontres.", []),
    # near misses: the share does not match the part
    ("Les moins de 18 ans sont désormais 4 120 sur les 20 600 habitants, soit 25 % de la "
     "population.", ["NUM303"]),
    ("Les frontaliers sont 1 350 sur les 9 000 salariés de la zone, soit 19 % des emplois.",
     ["NUM303"]),
    # a span of time after « sur les » is no whole
    ("Le musée a reçu 4 120 visiteurs sur les 12 derniers mois, soit 25 % de plus.", []),
])
def test_num303_count_sur_les_whole_then_soit_share(body, found):
    assert codes(article(body), "NUM303") == found


# -- NUM303: « Parmi eux, N » takes the one count of the sentence before as its whole -------------
@pytest.mark.parametrize("body,found", [
    ("L'association compte 480 membres. Parmi eux, 120 sont bénévoles, soit 25 % de l'effectif.", []),
    ("Le lycée accueille 650 élèves. Parmi elles, 312 filles, soit 48 % des inscrits.", []),
    # near misses: a share that does not match
    ("L'association compte 480 membres. Parmi eux, 120 sont bénévoles, soit 32 % de l'effectif.",
     ["NUM303"]),
    # a count of things: « eux » may take up a whole told earlier (quiet)
    ("Le port a accueilli 480 navires. Parmi eux, 120 étaient des ferries, soit 32 % du total.", []),
    # two counts in the sentence before: which one is the whole? quiet
    ("L'association compte 480 membres et 35 salariés. Parmi eux, 120 sont bénévoles, soit 32 % "
     "de l'effectif.", []),
])
def test_num303_parmi_eux_takes_the_one_count_before(body, found):
    assert codes(article(body), "NUM303") == found
