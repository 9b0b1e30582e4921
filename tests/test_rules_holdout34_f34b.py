"""Thirty-fourth holdout (f34b): shares of a whole told in the sentence before."""
import pytest

from _lint_kit import codes

HEAD = "Titre de l'article\nUn chapeau sans chiffre.\n"


def num3(body: str) -> list[str]:
    return codes(HEAD + body + "\n", "NUM3")


@pytest.mark.parametrize("body,expected", [
    # « Parmi eux, N »: the sentence before gives the whole and last year's « contre » value
    ("Le centre de santé a enregistré 3 650 accouchements, contre 3 410 l'année précédente. "
     "Parmi eux, 730 césariennes, soit 20 % des naissances.", []),
    ("Le centre de santé a enregistré 3 650 accouchements, contre 3 410 l'année précédente. "
     "Parmi eux, 730 césariennes, soit 27 % des naissances.", ["NUM303"]),
    ("L'association compte 2 500 adhérents, contre 2 300 en 2024. Parmi eux, 900 bénévoles, "
     "soit 36 % des adhérents.", []),
    ("L'association compte 2 500 adhérents, contre 2 300 en 2024. Parmi eux, 900 bénévoles, "
     "soit 45 % des adhérents.", ["NUM303"]),
])
def test_parmi_eux_beside_a_contre_value(body, expected):
    assert num3(body) == expected


@pytest.mark.parametrize("body", [
    # two counts of the same moment: which one « eux » takes up is unsure
    "Le centre de santé a enregistré 3 650 accouchements et 3 410 consultations prénatales. "
    "Parmi eux, 730 césariennes, soit 27 % des naissances.",
    # things, not people or births: « eux » may be a whole told earlier
    "Au premier semestre, 9 640 logements ont été vendus, contre 9 100 un an plus tôt. "
    "Parmi eux, 3 470 sont des maisons, soit 47,0 % du total.",
])
def test_parmi_eux_near_misses_stay_quiet(body):
    assert num3(body) == []


FLU = ("Titre : 120 cas de grippe aviaire\nUn chapeau sans chiffre.\n"
       "Les services vétérinaires recensent 120 cas dans la région, contre 70 le mois dernier. "
       "L'an passé, la région en avait compté 150.\n")


@pytest.mark.parametrize("body,expected", [
    # several earlier counts may be « le total »: the « parmi les » of the paragraph says which
    ("Parmi les 120 élevages touchés, 80 sont des élevages de canards. Les élevages de plein air "
     "représentent 48 cas, soit 40 % du total.", []),
    ("Parmi les 120 élevages touchés, 80 sont des élevages de canards. Les élevages de plein air "
     "représentent 48 cas, soit 55 % du total.", ["NUM303"]),
])
def test_du_total_names_the_paragraph_whole(body, expected):
    assert codes(FLU + body + "\n", "NUM3") == expected


@pytest.mark.parametrize("body", [
    # no « parmi les » whole: 120 or 150, unsure which
    "Les élevages de plein air représentent 48 cas, soit 55 % du total.",
    # the « parmi les » whole restates none of the earlier counts
    "Parmi les 130 élevages contrôlés, 80 sont des élevages de canards. Les élevages de plein air "
    "représentent 48 cas, soit 55 % du total.",
])
def test_du_total_near_misses_stay_quiet(body):
    assert codes(FLU + body + "\n", "NUM3") == []


@pytest.mark.parametrize("body,expected", [
    # « soit … au total » restating the whole of a « dont » list: the parts are its sum
    ("La coopérative a collecté 1,2 million de litres de lait, dont 700 000 litres en hiver, "
     "350 000 litres au printemps et 150 000 litres en été, soit 1,2 million au total.", []),
    ("La coopérative a collecté 1,2 million de litres de lait, dont 760 000 litres en hiver, "
     "350 000 litres au printemps et 150 000 litres en été, soit 1,2 million au total.", ["NUM301"]),
])
def test_dont_list_against_its_soit_total(body, expected):
    assert codes(HEAD + body + "\n", "NUM301") == expected


@pytest.mark.parametrize("body", [
    # a « dont » list may leave parts out: falling short of the total says nothing
    "La coopérative a collecté 1,2 million de litres de lait, dont 600 000 litres en hiver "
    "et 350 000 litres au printemps, soit 1,2 million au total.",
    # a total of another value than the whole: not a restatement, unsure what it adds up
    "La coopérative a collecté 1,2 million de litres de lait, dont 760 000 litres en hiver, "
    "350 000 litres au printemps et 150 000 litres en été, soit 1,5 million au total.",
])
def test_dont_list_near_misses_stay_quiet(body):
    assert codes(HEAD + body + "\n", "NUM301") == []
