"""NUM303, NUM202 and NUM301 on patterns met in the thirtieth holdout."""
import pytest

from _lint_kit import codes


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


# -- masking: « fixé pour 2027 à 26 000 tonnes » is a year, then the level set for it; after ---
# « pour », an end not far above the first still makes a range
@pytest.mark.parametrize("text,years", [
    ("Le quota a été fixé pour 2027 à 26 000 tonnes.", ["2027"]),
    ("La dotation est arrêtée pour 2026 à 15 000 places.", ["2026"]),
    # near misses: a price range after « pour », a range after « de »
    ("Les chambres se louent pour 2000 à 3000 euros par mois.", []),
    ("Les loyers vont de 2000 à 25 000 euros.", []),
])
def test_masking_year_before_the_level_set_for_it(text, years):
    from numlint.figures.masking import find
    assert [m.text for m in find(text) if m.kind == "year"] == years


_QUOTA = ("Le ministère a fixé lundi le total admissible de captures de merlu pour 2027 à 41 000 tonnes, "
          "contre 47 000 tonnes cette année.")


@pytest.mark.parametrize("title,found", [
    ("Pêche : le quota de merlu ramené à 41 000 tonnes pour 2027", []),
    # near miss: the title's quota is not the body's
    ("Pêche : le quota de merlu ramené à 44 000 tonnes pour 2027", ["NUM201"]),
])
def test_num201_headline_quota_against_the_level_set_for_the_year(title, found):
    assert codes(article(_QUOTA, title=title, lede="Les pêcheurs protestent."), "NUM201") == found
