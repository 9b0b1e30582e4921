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


# -- NUM303: a share told as a fraction word after a part, a bound of its things in between -----
@pytest.mark.parametrize("body,found", [
    # a « dont » part over its whole, « du total »; a bound between the part and the fraction
    ("La flotte a effectué 90 sorties, dont 45 de bateaux de moins de 12 mètres, soit environ un "
     "tiers du total.", ["NUM303"]),
    ("Sur les 240 exploitations, 120 comptent des troupeaux de plus de 80 vaches, soit près d'un "
     "quart.", ["NUM303"]),
    # the fraction as the counts give it, or as « près de » allows
    ("La flotte a effectué 90 sorties, dont 45 de bateaux de moins de 12 mètres, soit la moitié "
     "du total.", []),
    ("Sur les 240 exploitations, 66 comptent des troupeaux de plus de 80 vaches, soit près d'un "
     "quart.", []),
    # « du total national »: another whole; two « dont » parts: the share may be of both
    ("La flotte a effectué 90 sorties, dont 45 de bateaux de moins de 12 mètres, soit environ un "
     "tiers du total national.", []),
    ("La flotte a effectué 90 sorties, dont 45 de bateaux de moins de 12 mètres et 15 de "
     "chalutiers, soit environ un tiers du total.", []),
    # a bound the part's things reached, not one of them: the fraction may be of it
    ("Sur les 240 exploitations, 120 ont produit plus de 8 000 litres, soit près d'un quart.", []),
])
def test_num303_fraction_after_a_part_and_a_bound(body, found):
    assert codes(article(body, "Pêche : le bilan de la saison"), "NUM303", path="a.txt") == found


# -- NUM201: a headline count in no state against the body's whole of it, told in a state that ---
# only says how it was counted (« ont assisté », « ont débarqué »)
def headed(title: str, body: str) -> str:
    return f"{title}\n\nLe bilan a été présenté lundi.\n\n{body}\n"


@pytest.mark.parametrize("title,body,found", [
    ("Festival : 61 000 festivaliers à Carhaix",
     "Au total, 48 500 festivaliers ont assisté aux concerts sur les quatre jours.", ["NUM201"]),
    ("Port : 212 000 passagers à Ajaccio",
     "Au total, 176 000 passagers ont débarqué sur les quais cette saison.", ["NUM201"]),
    # the same value: nothing to say
    ("Festival : 48 500 festivaliers à Carhaix",
     "Au total, 48 500 festivaliers ont assisté aux concerts sur les quatre jours.", []),
    # a state that makes another measure (the evacuated, the dead)
    ("Crue : 5 200 habitants sinistrés",
     "Au total, 4 100 habitants ont été évacués vers les gymnases.", []),
    # the body gives the headline's value of another noun: the headline may count that
    ("Festival : 61 000 festivaliers à Carhaix",
     "Au total, 48 500 festivaliers ont assisté aux concerts. Les 61 000 billets ont tous été "
     "vendus.", []),
    # a second state of the noun in the body: which one the headline counts is unsaid
    ("Festival : 61 000 festivaliers à Carhaix",
     "Au total, 48 500 festivaliers ont assisté aux concerts, et 9 000 festivaliers invités "
     "sont venus.", []),
])
def test_num201_stateless_headline_against_a_counted_whole(title, body, found):
    assert codes(headed(title, body), "NUM201", path="a.txt") == found
