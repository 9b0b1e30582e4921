"""Patterns met in the thirty-sixth holdout (f36a): rates, fractions and headline counts."""
import pytest

from _lint_kit import codes


def article(body: str, title: str = "Examens : les résultats sont tombés") -> str:
    return f"{title}\n\nLes résultats ont été publiés mercredi.\n\n{body}\n"


# -- NUM303: a rate of a count (« un taux de réussite de X % ») told after part and whole -------
@pytest.mark.parametrize("body,found", [
    # the part over its whole is not the rate: fires, with or without « soit », a count between
    ("Sur les 8 200 élèves inscrits dans les 64 lycées, 6 150 ont obtenu leur diplôme, "
     "un taux de réussite de 81 %.", ["NUM303"]),
    ("Parmi les 3 400 électeurs inscrits, 1 870 se sont rendus aux urnes, soit un taux de "
     "participation de 65 %.", ["NUM303"]),
    # the rate as the counts give it
    ("Sur les 8 200 élèves inscrits dans les 64 lycées, 6 150 ont obtenu leur diplôme, "
     "un taux de réussite de 75 %.", []),
    # the rate of the rest of the whole (those who failed, the abstainers)
    ("Sur les 8 200 élèves inscrits, 2 050 ont échoué, un taux de réussite de 75 %.", []),
    ("Parmi les 3 400 électeurs inscrits, 1 870 se sont rendus aux urnes, soit un taux "
     "d'abstention de 45 %.", []),
    # a rate that is no count over a count
    ("Sur les 8 200 prêts accordés, 6 150 l'ont été à des ménages, un taux d'intérêt de 4 %.", []),
    # no whole said of the part
    ("Les 6 150 diplômés de 2026, un taux de réussite de 81 %, sont attendus à la rentrée.", []),
])
def test_num303_count_rate_after_part_and_whole(body, found):
    assert codes(article(body), "NUM303", path="a.txt") == found
