"""NUM303 on patterns met in the thirty-first holdout."""
import pytest

from numlint.engine import Settings, lint
from _lint_kit import codes


def article(body: str, title: str = "Bilan du mois", lede: str = "Les chiffres sont tombés.") -> str:
    return f"{title}\n{lede}\n\n{body}\n"


# -- NUM303: « soit P % du trafic total » names the traffic, like « du trafic »; « le million » ----
# neared or passed is a mark, not a count that may be the whole
_PORT = ("Le port de Marseille a vu passer 412 000 croisiéristes en mai. Il avait franchi pour la "
         "première fois le million de croisiéristes l'an passé. ")


@pytest.mark.parametrize("body,found", [
    (_PORT + "MSC en a débarqué 206 000, soit 50 % du trafic total.", []),
    (_PORT + "MSC en a débarqué 206 000, soit 50 % du trafic.", []),
    ("L'aéroport de Nantes a frôlé le million de passagers en août : il en a accueilli 940 000. "
     "La compagnie Volotea a transporté 329 000 passagers, soit 35 % du trafic total.", []),
    # near misses: the share is not the part over the month's count
    (_PORT + "MSC a débarqué 206 000 croisiéristes, soit 62 % du trafic total.", ["NUM303"]),
    ("L'aéroport de Nantes a frôlé le million de passagers en août : il en a accueilli 940 000. "
     "La compagnie Volotea a transporté 329 000 passagers, soit 45 % du trafic total.", ["NUM303"]),
    # two counts the whole may be: quiet
    ("L'aéroport de Nantes a accueilli 940 000 passagers, puis 1,1 million de passagers. "
     "La compagnie Volotea a transporté 329 000 passagers, soit 45 % du trafic total.", []),
])
def test_num303_share_of_the_total_traffic(body, found):
    assert codes(article(body), "NUM303") == found


# -- NUM201: a title share of a year (« Brevet 2025 : … ») against the body's opening share told ---
# on a day without its year (« publiés le mardi 8 juillet »): that day is of the article's year
_BREVET = ("Les résultats ont été publiés le mardi 8 juillet par le rectorat. Sur 24 600 élèves "
           "présents, 21 300 ont obtenu le diplôme. Le taux de réussite atteint ainsi 86,6 %, "
           "contre 84,9 % l'an dernier.")
_MD = "---\ntitle: {title}\ndate: {date}\n---\n\n# {title}\n\nLes familles sont soulagées.\n\n{body}\n"


@pytest.mark.parametrize("title,found", [
    ("Brevet 2025 : un taux de réussite de 86,6 % dans l'académie", []),
    ("Brevet : un taux de réussite de 88,4 % dans l'académie", ["NUM201"]),
    ("Brevet 2025 : un taux de réussite de 88,4 % dans l'académie", ["NUM201"]),
])
def test_num201_title_year_against_a_body_day(title, found):
    assert codes(article(_BREVET, title=title, lede="Les familles sont soulagées."), "NUM201") == found


@pytest.mark.parametrize("date,found", [
    ("2025-07-09", ["NUM201"]),
    # near miss: an article of another year; its day is not of the title's year
    ("2027-07-09", []),
])
def test_num201_title_year_against_a_body_day_dated(date, found):
    title = "Brevet 2025 : un taux de réussite de 88,4 % dans l'académie"
    text = _MD.format(title=title, date=date, body=_BREVET)
    assert [d.code for d in lint(text, path="a.md", settings=Settings(select=["NUM201"]))] == found
