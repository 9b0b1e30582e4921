"""NUM303, NUM202 and NUM301 on patterns met in the thirtieth holdout."""
import pytest

from numlint.engine import Settings, lint


def codes(text: str, select: str) -> list[str]:
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=[select]))]


def article(body: str, title: str = "Bilan de l'année", lede: str = "Les chiffres sont tombés.") -> str:
    return f"{title}\n{lede}\n\n{body}\n"


# -- NUM303: « … à 3 960. Sur ce total, 1 188 …, soit P % »: the count of the sentence before ----
# is the whole of the share
@pytest.mark.parametrize("body,found", [
    ("Les vols de vélos ont encore progressé, à 2 450. Sur ce total, 980 ont été commis à la gare, "
     "soit 40 % des faits constatés.", []),
    ("Le nombre de contraventions a atteint 12 600 cette année. Parmi ce total, 3 150 ont été "
     "dressées en centre-ville, soit 25 % du total.", []),
    # near misses: the share is not the part over that count
    ("Les vols de vélos ont encore progressé, à 2 450. Sur ce total, 980 ont été commis à la gare, "
     "soit 30 % des faits constatés.", ["NUM303"]),
    ("Le nombre de contraventions a atteint 12 600 cette année. Parmi ce total, 3 150 ont été "
     "dressées en centre-ville, soit 35 % du total.", ["NUM303"]),
    # two counts in the sentence before: which one is the total? quiet
    ("Les vols sont passés de 2 100 à 2 450. Sur ce total, 980 ont été commis à la gare, "
     "soit 30 % des faits constatés.", []),
])
def test_num303_sur_ce_total_names_the_count_before(body, found):
    assert codes(article(body), "NUM303") == found
